import { ApiError } from '../api/api-error';
import type { Translate } from './session-state';

/** Refusals whose reasons the catalogue words: a chosen time, the next slot, the bulk booking. */
const WITH_REASONS = new Set(['slot_unavailable', 'no_slot_found', 'booking_refused']);
/** Refusals the catalogue words as a whole. */
const WORDED = new Set([
  'calendar_unavailable',
  'start_in_past',
  'session_not_open',
  'session_not_scheduled',
  'not_session_member',
]);

export interface Refusal {
  title: string;
  lines: string[];
}

/**
 * A session action the service refused, in the UI language: a title and the reasons, each
 * localised from its code (the service's English detail when the catalogue has no words for it).
 * Null for any other failure, which the generic problem bar shows.
 */
export function describeRefusal(error: unknown, t: Translate): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const { code, reasons = [], detail } = error.problem;
  if (WITH_REASONS.has(code)) {
    const lines = reasons.map((reason) =>
      t(`sessions.refused.${code}.reason.${reason}`, { defaultValue: detail ?? reason }),
    );
    return { title: t(`sessions.refused.${code}.title`), lines: lines.length > 0 ? lines : [detail ?? ''] };
  }
  if (WORDED.has(code)) {
    return { title: t(`sessions.refused.${code}.title`), lines: [t(`sessions.refused.${code}.text`)] };
  }
  return null;
}
