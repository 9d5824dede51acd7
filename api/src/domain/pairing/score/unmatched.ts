import type { ForbiddenKind, ForbiddenReason, UnmatchedReason } from './types';

/**
 * Why someone the solver left alone has no partner, from the hard-constraint reasons against each
 * candidate on the other side (`null` = that candidate was allowed). With no allowed candidate the
 * answer counts the reasons; with some, they were taken (mentee: capacity exhausted) or preferred
 * elsewhere (mentor).
 */
export function whyUnmatched(
  role: 'mentee' | 'mentor',
  reasonsPerCandidate: readonly (readonly ForbiddenReason[] | null)[],
): UnmatchedReason {
  if (reasonsPerCandidate.length === 0) return { kind: 'no-candidates', role };
  const eligible = reasonsPerCandidate.filter((r) => r === null).length;
  if (eligible > 0) return withEligible(role, eligible);
  const byKind: Partial<Record<ForbiddenKind, number>> = {};
  for (const reasons of reasonsPerCandidate) {
    for (const kind of new Set(reasons!.map((r) => r.kind))) byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return { kind: 'no-eligible-partner', role, candidates: reasonsPerCandidate.length, byKind };
}

/** Reason kinds from the most to the least frequent (ties in a fixed order), for explanations. */
export function dominantKinds(byKind: Partial<Record<ForbiddenKind, number>>): ForbiddenKind[] {
  const order: ForbiddenKind[] = [
    'locked-elsewhere',
    'no-common-language',
    'reporting-line',
    'too-few-common-hours',
    'never-together',
    'same-person',
  ];
  return order
    .filter((k) => (byKind[k] ?? 0) > 0)
    .sort((a, b) => byKind[b]! - byKind[a]! || order.indexOf(a) - order.indexOf(b));
}

function withEligible(role: 'mentee' | 'mentor', eligible: number): UnmatchedReason {
  return role === 'mentee'
    ? { kind: 'capacity-exhausted', eligible }
    : { kind: 'others-preferred', eligible };
}

/**
 * `whyUnmatched` for someone with `candidates` on the other side, `eligible` of them allowed:
 * the reasons (an evaluation per candidate) are only read when none is, since otherwise the answer
 * is the count alone. Someone left alone in a 10,000 × 6,000 matching took 11 ms of evaluations,
 * and a thousand of them did.
 */
export function whyUnmatchedCounted(
  role: 'mentee' | 'mentor',
  candidates: number,
  eligible: number,
  reasonsPerCandidate: () => readonly (readonly ForbiddenReason[] | null)[],
): UnmatchedReason {
  if (candidates > 0 && eligible > 0) return withEligible(role, eligible);
  return whyUnmatched(role, candidates === 0 ? [] : reasonsPerCandidate());
}
