/**
 * The booking bench's programme: created through the API like an admin would, then its pairs
 * written straight into the database (reviewing and matching 1,000 people through the API would
 * bench the matching, not the booking).
 */
import { DateTime } from 'luxon';
import type { DatabaseHandle } from '../../api/src/store/db';
import { aProgramme } from '../support/builders';
import type { apiClient } from '../support/http';

type Sql = DatabaseHandle['query'];
type Call = ReturnType<typeof apiClient>;

export interface Persona {
  persona: string;
  userPrincipalName: string;
}

async function ok(pending: ReturnType<Call>, what: string): Promise<any> {
  const response = await pending;
  if (response.status >= 300)
    throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function personas(call: Call): Promise<Persona[]> {
  return (await ok(call('GET', '/_demo/people'), 'listing the demo personas')).personas;
}

/** A dev sign-in token for the programme admin persona (the signing key changes at every start). */
export async function adminToken(call: Call): Promise<string> {
  const admin = (await personas(call)).find((p) => p.persona === 'admin');
  if (!admin) throw new Error('the demo tenant has no admin persona');
  const body = await ok(call('POST', '/_demo/token', { body: { upn: admin.userPrincipalName } }), 'sign-in');
  return body.access_token;
}

/** Waits for the first directory sync, which mirrors people, time zones and working hours into `person`. */
export async function directoryMirrored(call: Call, token: string, withinMs = 180_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const state = await call('GET', '/api/v1/directory/sync', { token });
    if (state.body?.lastFullSyncAt) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the first directory sync did not finish within ${withinMs / 1000} s`);
}

/**
 * A monthly programme of `sessionCount` sessions starting on the first Monday of next month (so
 * every session lies ahead whatever the day the bench runs), moved to recruiting.
 */
export async function createProgramme(
  call: Call,
  token: string,
  { sessionCount, now }: { sessionCount: number; now: Date },
): Promise<string> {
  const nextMonth = DateTime.fromJSDate(now, { zone: 'utc' }).plus({ months: 1 }).startOf('month');
  const startsOn = nextMonth.plus({ days: (8 - nextMonth.weekday) % 7 });
  const created = await ok(
    call('POST', '/api/v1/programmes', {
      token,
      body: aProgramme({
        name: `Bench — ${sessionCount} sessions per pair`,
        cadence: 'monthly',
        sessionCount,
        mentorCapacity: 1,
        startsOn: startsOn.toISODate(),
        endsOn: startsOn.plus({ months: sessionCount }).toISODate(),
      }),
    }),
    'creating the programme',
  );
  await moveTo(call, token, created.id, 'recruiting');
  return created.id;
}

export async function moveTo(call: Call, token: string, programmeId: string, to: string): Promise<void> {
  await ok(
    call('POST', `/api/v1/programmes/${programmeId}/transitions`, { token, body: { to } }),
    `moving the programme to ${to}`,
  );
}

interface Candidate {
  aad_id: string;
  time_zone: string | null;
  hire_date: string | null;
}

/**
 * Pairs people of the same time zone (so every pair shares working hours and each session finds
 * a slot): in each zone the most recent hires mentor the longest-serving people.
 */
function pairUp(candidates: readonly Candidate[], pairs: number): { mentor: string; mentee: string }[] {
  const zones = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const zone = c.time_zone ?? '';
    const people = zones.get(zone);
    if (people) people.push(c);
    else zones.set(zone, [c]);
  }
  const chosen: { mentor: string; mentee: string }[] = [];
  for (const people of [...zones.values()].sort((a, b) => b.length - a.length)) {
    const byHire = [...people].sort((a, b) => (b.hire_date ?? '').localeCompare(a.hire_date ?? ''));
    const n = Math.min(Math.floor(byHire.length / 2), pairs - chosen.length);
    for (let i = 0; i < n; i++) {
      chosen.push({ mentor: byHire[i]!.aad_id, mentee: byHire[byHire.length - 1 - i]!.aad_id });
    }
  }
  if (chosen.length < pairs) {
    throw new Error(`only ${chosen.length} pairs of people in the directory: raise DEMO_PEOPLE`);
  }
  return chosen;
}

/**
 * Writes `pairs` active pairs (2 × `pairs` participants, approved then paired, available every
 * weekday morning and afternoon) into the programme. The service must be stopped when the
 * database is PGlite.
 */
export async function insertActivePairs(
  sql: Sql,
  { programmeId, pairs, exclude, now }: { programmeId: string; pairs: number; exclude: string[]; now: Date },
): Promise<number> {
  const [programme] = await sql<{ tenant_id: string; created_by: string }>(
    'select tenant_id, created_by from programme where id = $1',
    [programmeId],
  );
  if (!programme) throw new Error(`programme ${programmeId} is not in the database`);
  const candidates = await sql<Candidate>(
    `select aad_id, time_zone, hire_date::text as hire_date from person
      where tenant_id = $1 and account_enabled and removed_at is null and mail is not null
        and working_hours is not null and not (lower(user_principal_name) = any($2::text[]))
      order by aad_id`,
    [programme.tenant_id, exclude.map((upn) => upn.toLowerCase())],
  );
  const chosen = pairUp(candidates, pairs);
  const at = now.toISOString();
  const participants = chosen.flatMap((p) => [
    { aadId: p.mentor, role: 'mentor', skills: [{ skillId: 'generative-ai', level: 5 }] },
    { aadId: p.mentee, role: 'mentee', skills: [{ skillId: 'generative-ai', level: 1 }] },
  ]);
  await sql(
    `insert into participant (tenant_id, programme_id, aad_id, role, status, skills, goals, availability,
        languages, capacity, charter_accepted_at, data_use_accepted_at, source, reviewed_by, reviewed_at)
      select $1, $2, r->>'aadId', r->>'role', 'paired', r->'skills', 'Bench', $3::jsonb, '{fr,en}', 1,
        $4::timestamptz, $4::timestamptz, 'tab', $5, $4::timestamptz
      from jsonb_array_elements($6::jsonb) r`,
    [
      programme.tenant_id,
      programmeId,
      JSON.stringify({
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        dayparts: ['morning', 'afternoon'],
      }),
      at,
      programme.created_by,
      JSON.stringify(participants),
    ],
  );
  await sql(
    `insert into pairing (tenant_id, programme_id, mentee_aad_id, mentor_aad_id, status, score,
        proposed_at, approved_at, approved_by)
      select $1, $2, r->>'mentee', r->>'mentor', 'active', 0.8, $3::timestamptz, $3::timestamptz, $4
      from jsonb_array_elements($5::jsonb) r`,
    [programme.tenant_id, programmeId, at, programme.created_by, JSON.stringify(chosen)],
  );
  return chosen.length;
}
