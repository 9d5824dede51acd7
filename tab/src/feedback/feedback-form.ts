import type { FeedbackDto, FeedbackInput } from './feedback-api';

/** The form as the person fills it: every choice may still be empty. */
export interface FeedbackForm {
  tookPlace: FeedbackInput['tookPlace'] | '';
  rating: number | null;
  objectiveMet: NonNullable<FeedbackInput['objectiveMet']> | '';
  learned: string;
  shared: string;
  obstacles: string;
  wantsSupport: boolean;
  continueWithPartner: NonNullable<FeedbackInput['continueWithPartner']> | '';
  private: boolean;
}

export const EMPTY_FEEDBACK: FeedbackForm = {
  tookPlace: '',
  rating: null,
  objectiveMet: '',
  learned: '',
  shared: '',
  obstacles: '',
  wantsSupport: false,
  continueWithPartner: '',
  private: false,
};

export const MAX_TEXT = 2000;

export function formFromFeedback(saved: FeedbackDto | null): FeedbackForm {
  if (!saved) return EMPTY_FEEDBACK;
  return {
    tookPlace: saved.tookPlace,
    rating: saved.rating,
    objectiveMet: saved.objectiveMet ?? '',
    learned: saved.learned,
    shared: saved.shared,
    obstacles: saved.obstacles,
    wantsSupport: saved.wantsSupport,
    continueWithPartner: saved.continueWithPartner ?? '',
    private: saved.private,
  };
}

/** Catalogue keys of what is missing, by field; the same rules as the API and the bot card. */
export function feedbackErrors(form: FeedbackForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.tookPlace) errors.tookPlace = 'feedback.errors.tookPlace';
  if (form.tookPlace === 'yes') {
    if (form.rating === null) errors.rating = 'feedback.errors.rating';
    if (!form.objectiveMet) errors.objectiveMet = 'feedback.errors.objectiveMet';
  }
  for (const field of ['learned', 'shared', 'obstacles'] as const) {
    if (form[field].trim().length > MAX_TEXT) errors[field] = 'feedback.errors.tooLong';
  }
  return errors;
}

/**
 * What is sent: the rating and the objective only when the session took place (the API ignores
 * them otherwise, and a stale rating would mislead).
 */
export function feedbackInputOf(form: FeedbackForm): FeedbackInput {
  if (!form.tookPlace)
    throw new Error('feedbackInputOf needs a form that says whether the session took place');
  const tookPlace = form.tookPlace === 'yes';
  return {
    tookPlace: form.tookPlace,
    rating: tookPlace ? form.rating : null,
    objectiveMet: tookPlace && form.objectiveMet ? form.objectiveMet : null,
    learned: form.learned.trim(),
    shared: form.shared.trim(),
    obstacles: form.obstacles.trim(),
    wantsSupport: form.wantsSupport,
    continueWithPartner: form.continueWithPartner || null,
    private: form.private,
  };
}

/** Whether a saved answer may still change at `now` (7 days after the first one). */
export function canChange(saved: Pick<FeedbackDto, 'editableUntil'> | null, now: Date): boolean {
  return saved === null || Date.parse(saved.editableUntil) > now.getTime();
}

interface SessionTimes {
  status: string;
  startsAt: string | null;
  endsAt: string | null;
}

/** Feedback is taken once a session has started, never for a cancelled one. */
export function takesFeedback(session: SessionTimes, now: Date): boolean {
  if (session.status === 'cancelled' || !session.startsAt) return false;
  return Date.parse(session.startsAt) <= now.getTime();
}

/** First answers close this long after a session's end (the API's rule). */
export const FIRST_ANSWER_DAYS = 14;

/** Sessions that ended in the last two weeks: the ones whose feedback is asked for now. */
export function recentlyEnded<T extends SessionTimes>(sessions: readonly T[], now: Date): T[] {
  const since = now.getTime() - FIRST_ANSWER_DAYS * 86_400_000;
  return sessions.filter((s) => {
    if (!takesFeedback(s, now) || !s.endsAt) return false;
    const end = Date.parse(s.endsAt);
    return end <= now.getTime() && end > since;
  });
}

const REFUSALS = new Set(['session_not_started', 'feedback_closed', 'session_cancelled']);

/** The catalogue key for a refusal the service words as a 409, or null for any other failure. */
export function feedbackRefusalKey(code: string | undefined): string | null {
  return code && REFUSALS.has(code) ? `feedback.refused.${code}` : null;
}
