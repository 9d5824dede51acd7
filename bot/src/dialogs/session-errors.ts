import { CalendarError } from '../../../api/src/app/ports/calendar';
import { ConflictError, DomainError } from '../../../api/src/domain/errors';
import { type BotMessages, fill } from '../i18n';

/**
 * What the session use cases' errors mean for the person, in their language: the one place the
 * bot maps them. Anything else is not the person's to fix and goes to the turn's error handler.
 */
export function sessionErrorText(
  error: unknown,
  messages: BotMessages,
  about: { number: number; of: number; partner: string },
): string {
  const m = messages.sessions;
  if (error instanceof CalendarError) return m.errors.calendarRefused;
  if (!(error instanceof DomainError)) throw error;
  if (
    error instanceof ConflictError &&
    (error.code === 'no_slot_found' || error.code === 'slot_unavailable')
  ) {
    const reasons = m.reschedule.reasons as Partial<Record<string, string>>;
    const why = (error.reasons ?? []).map((code) => reasons[code]).find(Boolean) ?? m.reschedule.otherReason;
    return fill(m.reschedule.noSlot, { partner: about.partner, why });
  }
  switch (error.code) {
    case 'session_not_open':
      return fill(m.errors.notOpen, { number: about.number, of: about.of });
    case 'session_not_found':
    case 'not_session_member':
      return m.errors.notFound;
    default:
      // A rule the catalogue does not know yet: the use case's own sentence still says what is wrong.
      return error.message;
  }
}
