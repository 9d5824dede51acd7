/** Feedback after a session, the session's outcome, and the privacy rules of the figures built from it. */

export type TookPlace = 'yes' | 'no' | 'moved';
export type ObjectiveMet = 'yes' | 'partly' | 'no';
export type ContinueWithPartner = 'yes' | 'unsure' | 'no';

export interface FeedbackAnswer {
  tookPlace: TookPlace;
  rating: number | null;
  objectiveMet: ObjectiveMet | null;
  learned: string;
  shared: string;
  obstacles: string;
  wantsSupport: boolean;
  continueWithPartner: ContinueWithPartner | null;
  private: boolean;
}

/** Answers can be changed for this long after the first one. */
export const FEEDBACK_EDIT_DAYS = 7;
/** The card goes out this long after the session's end. */
export const FEEDBACK_DELAY_MINUTES = 5;
/** One reminder, this long after the card, and no more. */
export const FEEDBACK_REMINDER_HOURS = 48;
/** A first answer is taken until this long after the session's end. */
export const FEEDBACK_LATE_DAYS = 14;
/** A session nobody confirmed within this long after its end is missed. */
export const FEEDBACK_WINDOW_DAYS = 7;
/** No breakdown, and no figure for a sponsor, over fewer people than this. */
export const MIN_GROUP_SIZE = 5;

export type FeedbackProblem =
  | { path: 'rating'; code: 'rating_required' | 'rating_not_applicable' }
  | { path: 'objectiveMet'; code: 'objective_required' | 'objective_not_applicable' };

/**
 * What an answer must hold: a session that took place is rated (1–5) and says whether its
 * objective was met; one that did not has neither.
 */
export function feedbackProblems(answer: Pick<FeedbackAnswer, 'tookPlace' | 'rating' | 'objectiveMet'>) {
  const problems: FeedbackProblem[] = [];
  if (answer.tookPlace === 'yes') {
    if (answer.rating === null) problems.push({ path: 'rating', code: 'rating_required' });
    if (answer.objectiveMet === null) problems.push({ path: 'objectiveMet', code: 'objective_required' });
  } else {
    if (answer.rating !== null) problems.push({ path: 'rating', code: 'rating_not_applicable' });
    if (answer.objectiveMet !== null)
      problems.push({ path: 'objectiveMet', code: 'objective_not_applicable' });
  }
  return problems;
}

export type SessionOutcome = 'held' | 'missed' | 'moved' | 'open';

/**
 * A session is held when either person says it took place; missed when both say it did not, or
 * when nobody confirmed it within the window after its end; "moved" when someone says it moved
 * and nobody says it took place (it needs a new time); otherwise still open.
 */
export function sessionOutcome(p: {
  answers: readonly { tookPlace: TookPlace }[];
  people: number;
  endsAt: Date;
  now: Date;
}): SessionOutcome {
  if (p.answers.some((a) => a.tookPlace === 'yes')) return 'held';
  if (p.answers.some((a) => a.tookPlace === 'moved')) return 'moved';
  const no = p.answers.filter((a) => a.tookPlace === 'no').length;
  if (no >= p.people) return 'missed';
  const closes = p.endsAt.getTime() + FEEDBACK_WINDOW_DAYS * 86_400_000;
  return p.now.getTime() >= closes ? 'missed' : 'open';
}

export function canEditFeedback(firstSubmittedAt: Date, now: Date): boolean {
  return now.getTime() - firstSubmittedAt.getTime() <= FEEDBACK_EDIT_DAYS * 86_400_000;
}

/** Net promoter score from 0–10 answers: % promoters (9–10) minus % detractors (0–6), or null. */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 1000) / 10;
}

/** A figure over a group is shown only when the group is large enough not to single anyone out. */
export function shownFor(people: number): boolean {
  return people >= MIN_GROUP_SIZE;
}

export type AtRiskReason = 'no_session_held' | 'low_ratings' | 'would_not_continue' | 'declined_invites';

/**
 * Why an active pair needs attention: nothing held for two cadence periods (once the programme
 * has run that long), two ratings of 2 or less, someone who would not continue, invitations
 * declined twice or more.
 */
export function atRiskReasons(p: {
  lastHeldAt: Date | null;
  pairedAt: Date;
  now: Date;
  cadenceDays: number;
  lowRatings: number;
  wouldNotContinue: boolean;
  declines: number;
}): AtRiskReason[] {
  const reasons: AtRiskReason[] = [];
  const since = p.lastHeldAt ?? p.pairedAt;
  if (p.now.getTime() - since.getTime() > 2 * p.cadenceDays * 86_400_000) reasons.push('no_session_held');
  if (p.lowRatings >= 2) reasons.push('low_ratings');
  if (p.wouldNotContinue) reasons.push('would_not_continue');
  if (p.declines >= 2) reasons.push('declined_invites');
  return reasons;
}

export const CADENCE_DAYS = { weekly: 7, biweekly: 14, monthly: 30 } as const;
