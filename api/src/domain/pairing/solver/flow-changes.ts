import { ConflictError } from '../../errors';
import { type FlowState, OUTSIDE, removeFromMentor, UNPAIRED, UNROUTED } from './flow-state';

/*
 * Each change keeps every residual reduced cost ≥ 0 and leaves units to route instead: a mentee
 * holding its unit, a mentor owing one, or T holding one too many. `routeAll` then repairs the flow
 * with a few shortest paths, starting from the previous solution and its potentials.
 */

/**
 * A mentee leaves mentor j. If j is worth no more than T, its place goes back to T at once
 * (the arc j → T stays non-negative), so the repair ends at T; otherwise j owes the unit.
 */
function leaveMentor(s: FlowState, j: number, i: number): void {
  removeFromMentor(s, j, i);
  if (s.pi[s.n + j]! >= s.pi[s.n + s.m]!) {
    s.tflow[j]!--;
    s.tflowSum--;
  }
}

/** The mentee takes its unit back (its arcs in and out change next). */
export function unroute(s: FlowState, i: number): void {
  const at = s.assign[i]!;
  if (at >= 0) leaveMentor(s, at, i);
  else if (at === UNPAIRED) s.unpairedCount--;
  else return;
  s.assign[i] = UNROUTED;
}

/** Takes a mentee out of the flow; its mentor now owes a unit and T holds one too many. */
export function detach(s: FlowState, i: number): void {
  const at = s.assign[i]!;
  if (at === OUTSIDE) return;
  if (at >= 0) leaveMentor(s, at, i);
  else if (at === UNPAIRED) s.unpairedCount--;
  s.assign[i] = OUTSIDE;
  s.inFlow--;
}

/** One more place with a mentor; if the mentor is worth more than T, the place is filled at once. */
export function addPlace(s: FlowState, j: number): void {
  // pairs with a mentor without places were never checked
  if (s.capacity[j] === 0) s.fullCheck = true;
  s.capacity[j]!++;
  if (s.pi[s.n + j]! < s.pi[s.n + s.m]!) {
    s.tflow[j]!++;
    s.tflowSum++;
  }
}

export function lock(
  s: FlowState,
  i: number,
  j: number,
  score: number,
  menteeId: string,
  mentorId: string,
): void {
  if (s.locked[i] === j) return;
  if (s.locked[i]! >= 0) unlock(s, i);
  if (s.capacity[j]! <= 0) {
    throw new ConflictError(
      'pairing.lock_full',
      `Cannot lock mentee "${menteeId}" with mentor "${mentorId}": the mentor has no place left.`,
    );
  }
  detach(s, i);
  s.capacity[j]!--;
  if (s.tflow[j]! > s.capacity[j]! && s.tflow[j] === s.load[j]) {
    // the mentor is full: its most recent mentee gives the place up
    unroute(s, s.slots[s.slotStart[j]! + s.load[j]! - 1]!);
  }
  if (s.tflow[j]! > s.capacity[j]!) {
    s.tflow[j]!--;
    s.tflowSum--;
  }
  s.locked[i] = j;
  s.lockedScore[i] = score;
}

/** The lock ends: the mentee is back in the flow, holding its unit. */
export function unlock(s: FlowState, i: number): void {
  const j = s.locked[i]!;
  if (j < 0) return;
  s.locked[i] = -1;
  s.assign[i] = UNROUTED;
  s.inFlow++;
  addPlace(s, j);
}

/** The mentor leaves: its mentees take their units back, T waits for them. */
export function removeMentorFlow(s: FlowState, j: number): void {
  for (let i = 0; i < s.n; i++) if (s.locked[i] === j) unlock(s, i);
  while (s.load[j]! > 0) unroute(s, s.slots[s.slotStart[j]!]!);
  s.tflowSum -= s.tflow[j]!;
  s.tflow[j] = 0;
  s.capacity[j] = 0;
}

/** The mentee leaves (a lock with it ends; the mentor gets the place back). */
export function removeMenteeFlow(s: FlowState, i: number): void {
  const j = s.locked[i]!;
  if (j >= 0) {
    s.locked[i] = -1;
    addPlace(s, j);
    return;
  }
  detach(s, i);
}

/** Drops the pair from the candidates; a mentee holding it takes its unit back. */
export function dropPair(s: FlowState, i: number, j: number): void {
  if (s.locked[i] === j) unlock(s, i);
  if (s.assign[i] === j) unroute(s, i);
  for (let t = i * s.shadowWidth; t < (i + 1) * s.shadowWidth; t++) {
    if (s.shadowMentor[t] === j) s.shadowMentor[t] = -1;
  }
  const { start, mentor, score } = s.rows;
  for (let e = start[i]!; e < start[i + 1]!; e++) {
    if (mentor[e] !== j) continue;
    const keep = (_: unknown, at: number) => at !== e;
    const nextStart = start.map((value, r) => (r > i ? value - 1 : value));
    s.rows = { start: nextStart, mentor: mentor.filter(keep), score: score.filter(keep) };
    s.scaled = s.scaled.filter(keep);
    return;
  }
}
