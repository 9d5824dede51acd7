import { afterAll, describe, expect, it } from 'vitest';
import { computeMatching, type MatchingInput, type MatchingOutput } from '../../api/src/app/matching-compute';
import { ConflictError, InvalidInputError } from '../../api/src/domain/errors';
import { pairingSettings } from '../../api/src/domain/pairing/score';
import { randomPeople } from '../../api/src/domain/pairing/score/testing/random-people';
import { fromThreadError, toThreadError } from '../../api/src/pairing-threads/matching-protocol';
import { MatchingThread } from '../../api/src/pairing-threads/matching-thread';

function input(mentees: number, mentors: number, seed = 7): MatchingInput {
  const menteeList = randomPeople(mentees, 'mentee', seed, 1);
  const mentorList = randomPeople(mentors, 'mentor', seed + 1, 1 + mentees);
  return {
    mentees: menteeList,
    mentors: mentorList,
    settings: pairingSettings({
      now: new Date('2026-06-15T10:00:00Z'),
      adminCriteria: [{ id: 'different-site', weight: 1 }],
      locked: [{ menteeId: menteeList[3]!.id, mentorId: mentorList[5]!.id }],
      neverTogether: [{ menteeId: menteeList[0]!.id, mentorId: mentorList[0]!.id }],
    }),
    previous: [[menteeList[1]!.id, mentorList[2]!.id]],
  };
}

/** The output without its timing. */
const comparable = ({ figures: { ms: _ms, ...figures }, ...rest }: MatchingOutput) => ({ ...rest, figures });

describe('matching on a thread of its own', () => {
  const thread = new MatchingThread({ minPairs: 0, poolMinPairs: 1_000_000 });
  afterAll(() => thread.close());

  it('gives exactly what the same matching gives on this thread', async () => {
    const problem = input(300, 200);
    const here = computeMatching(problem);
    const there = await thread.compute(problem);
    expect(thread.runsOnThread).toBe(1);
    expect(there.figures).toMatchObject({ mentees: 300, mentors: 200, optimal: true });
    expect(there.proposals.length).toBeGreaterThan(150);
    expect(comparable(there)).toEqual(comparable(here));
  });

  it('leaves the event loop free while it computes', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let ticksWhenDone = -1;
    const done = thread.compute(input(1500, 1000, 11)).then((output) => {
      ticksWhenDone = ticks;
      return output;
    });
    const output = await done;
    clearInterval(timer);
    expect(output.figures.optimal).toBe(true);
    // on this thread the work would run to its end before any timer fired
    expect(ticksWhenDone).toBeGreaterThan(0);
  });

  it('reads the rows of a large matching on row-scan threads too, with the same result', async () => {
    const problem = input(1500, 900, 23);
    const before = thread.rowsOnWorkers;
    const there = await thread.compute(problem);
    expect(thread.rowsOnWorkers).toBeGreaterThan(before);
    expect(comparable(there)).toEqual(comparable(computeMatching(problem)));
  });

  it('rejects with the thread’s error and keeps serving', async () => {
    const problem = input(40, 30);
    const twice = { ...problem, mentees: [...problem.mentees, problem.mentees[0]!] };
    await expect(thread.compute(twice)).rejects.toThrow(/appears twice/);
    const after = await thread.compute(problem);
    expect(after.figures.mentees).toBe(40);
  });

  it('runs small matchings here, without the thread', async () => {
    const small = new MatchingThread({ minPairs: 10_000 });
    const output = await small.compute(input(40, 30));
    expect(output.figures.mentees).toBe(40);
    expect(small.runsOnThread).toBe(0);
    await small.close();
  });

  it('refuses work once closed', async () => {
    const closing = new MatchingThread({ minPairs: 0 });
    await closing.close();
    await expect(closing.compute(input(40, 30))).rejects.toThrow(/closed/);
  });
});

describe('errors between threads', () => {
  it('come back as the same domain errors, with their code and details', () => {
    const conflict = fromThreadError(
      toThreadError(new ConflictError('pairing.lock_forbidden', 'Cannot lock.', ['language'])),
    );
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({
      code: 'pairing.lock_forbidden',
      message: 'Cannot lock.',
      reasons: ['language'],
    });
    const invalid = fromThreadError(
      toThreadError(new InvalidInputError('pairing.unknown_id', 'Unknown.', [{ path: 'x', message: 'y' }])),
    );
    expect(invalid).toBeInstanceOf(InvalidInputError);
    expect(invalid).toMatchObject({ code: 'pairing.unknown_id', errors: [{ path: 'x', message: 'y' }] });
    const other = fromThreadError(toThreadError(new RangeError('boom')));
    expect(other).not.toBeInstanceOf(ConflictError);
    expect(other.message).toBe('Matching thread failed: boom');
  });
});
