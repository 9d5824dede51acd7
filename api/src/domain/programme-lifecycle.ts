import type { ProgrammeStatus } from './programme-status';

/** What the lifecycle rules look at; the use case gathers it from the store. */
export interface LifecycleFacts {
  status: ProgrammeStatus;
  objectives: number;
  charterComplete: boolean;
  skills: number;
  admins: number;
  hasDates: boolean;
  approvedMentors: number;
  approvedMentees: number;
  activePairs: number;
  bookedSessionsAhead: number;
}

export type TransitionRefusal =
  | 'not_allowed_from_status'
  | 'needs_objectives'
  | 'needs_charter'
  | 'needs_skills'
  | 'needs_admin'
  | 'needs_dates'
  | 'needs_approved_participants'
  | 'needs_active_pairs'
  | 'sessions_still_booked';

/** Forward moves, plus the step back an admin may need (reopen recruiting, back to draft). */
const ALLOWED: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  draft: ['recruiting'],
  recruiting: ['draft', 'matching'],
  matching: ['recruiting', 'running'],
  running: ['closing'],
  closing: ['running', 'closed'],
  closed: [],
};

export function allowedTransitions(from: ProgrammeStatus): readonly ProgrammeStatus[] {
  return ALLOWED[from];
}

/** Every reason a move is refused (empty when it is allowed), so the admin can fix all at once. */
export function transitionRefusals(facts: LifecycleFacts, to: ProgrammeStatus): TransitionRefusal[] {
  if (!ALLOWED[facts.status].includes(to)) return ['not_allowed_from_status'];
  const reasons: TransitionRefusal[] = [];
  if (to === 'recruiting' && facts.status === 'draft') {
    if (facts.objectives === 0) reasons.push('needs_objectives');
    if (!facts.charterComplete) reasons.push('needs_charter');
    if (facts.skills === 0) reasons.push('needs_skills');
    if (facts.admins === 0) reasons.push('needs_admin');
    if (!facts.hasDates) reasons.push('needs_dates');
  }
  if (to === 'matching' && (facts.approvedMentors === 0 || facts.approvedMentees === 0)) {
    reasons.push('needs_approved_participants');
  }
  if (to === 'running' && facts.activePairs === 0) reasons.push('needs_active_pairs');
  if (to === 'closed' && facts.bookedSessionsAhead > 0) reasons.push('sessions_still_booked');
  return reasons;
}
