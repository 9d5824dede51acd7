/** Reads and checks a pairing instance file; every refusal says what is wrong and where. */
export interface Instance {
  readonly mentors: { id: string; capacity: number }[];
  readonly mentees: string[];
  readonly scores: Float64Array;
}

export class InstanceError extends Error {
  override readonly name = 'InstanceError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = Number(at[1]) - before.lastIndexOf('\n');
      throw new InstanceError(`${source}: invalid JSON at line ${line}, column ${column}: ${message}`);
    }
    throw new InstanceError(`${source}: invalid JSON: ${message}`);
  }
}

function ids(list: unknown, what: string, source: string): string[] {
  if (!Array.isArray(list)) throw new InstanceError(`${source}: "${what}" must be an array.`);
  const seen = new Set<string>();
  return list.map((item, at) => {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string' || id === '') {
      throw new InstanceError(`${source}: ${what}[${at}] needs a non-empty string "id".`);
    }
    if (seen.has(id)) throw new InstanceError(`${source}: ${what}[${at}] repeats the id "${id}".`);
    seen.add(id);
    return id;
  });
}

export function parseInstance(text: string, source: string): Instance {
  const json = parseJson(text, source);
  if (!isObject(json))
    throw new InstanceError(`${source}: expected an object with mentors, mentees and scores.`);
  const mentorIds = ids(json.mentors, 'mentors', source);
  const mentees = ids(json.mentees, 'mentees', source);
  const mentors = mentorIds.map((id, j) => {
    const capacity = (json.mentors as Record<string, unknown>[])[j]!.capacity;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
      throw new InstanceError(
        `${source}: mentor "${id}" (mentors[${j}]) has capacity ${JSON.stringify(capacity)}; expected a non-negative integer.`,
      );
    }
    return { id, capacity };
  });
  const rows = json.scores;
  if (!Array.isArray(rows)) throw new InstanceError(`${source}: "scores" must be an array of rows.`);
  if (rows.length !== mentees.length) {
    throw new InstanceError(`${source}: "scores" has ${rows.length} rows for ${mentees.length} mentees.`);
  }
  const m = mentors.length;
  const scores = new Float64Array(mentees.length * m);
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== m) {
      const length = Array.isArray(row) ? `${row.length} values` : 'not an array';
      throw new InstanceError(
        `${source}: scores[${i}] (mentee "${mentees[i]}") is ${length}; expected ${m} values, one per mentor.`,
      );
    }
    row.forEach((value: unknown, j) => {
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new InstanceError(
          `${source}: scores[${i}][${j}] is ${JSON.stringify(value)}; expected a finite number or null.`,
        );
      }
      scores[i * m + j] = value === null ? Number.NaN : value;
    });
  });
  return { mentors, mentees, scores };
}
