import type { BadgeProps } from '@fluentui/react-components';
import type { UiLanguage } from '../i18n/i18n';
import type { SessionDto, SessionProblemDto, SessionStatusDto } from './session-api';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Problem codes the catalogue words itself; any other code is Outlook's own (a Graph error). */
const KNOWN_PROBLEMS = new Set([
  'no_common_working_hours',
  'calendars_full_in_window',
  'window_in_past',
  'calendar_unreadable',
  'no_join_url',
  'cancel_failed',
]);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Why a session has no booking, in the UI language: the service's own explanation when it gave
 * one (it names the people and the hours), else the catalogue's words for the code.
 */
export function problemText(
  problem: SessionProblemDto,
  { language, t, when }: { language: UiLanguage; t: Translate; when: (iso: string) => string },
): string {
  const explanation = problem.explanation?.[language] || '';
  const name = text(problem.detail?.name) || t('sessions.someone');
  switch (problem.code) {
    case 'declined':
      return [
        t('sessions.problem.declined', { name }),
        explanation || t('sessions.problem.declinedNext'),
      ].join(' ');
    case 'reproposed': {
      const previous = text(problem.detail?.previousStart);
      return previous
        ? t('sessions.problem.reproposed', { name, date: when(previous) })
        : t('sessions.problem.reproposedNoDate', { name });
    }
    default:
      if (explanation) return explanation;
      if (KNOWN_PROBLEMS.has(problem.code)) return t(`sessions.problem.${problem.code}`);
      return t('sessions.problem.outlook', { code: problem.code, message: problem.message ?? '' }).trim();
  }
}

export type BadgeColour = NonNullable<BadgeProps['color']>;

const COLOURS: Record<SessionStatusDto, BadgeColour> = {
  planned: 'informative',
  booked: 'success',
  needs_slot: 'warning',
  failed: 'danger',
  cancelled: 'subtle',
  held: 'brand',
  missed: 'severe',
};

export interface SessionBadgeView {
  label: string;
  colour: BadgeColour;
}

/** The state badge: the status, or what happened to it (declined by someone, a new time proposed). */
export function sessionBadge(
  session: Pick<SessionDto, 'status' | 'problem'>,
  t: Translate,
): SessionBadgeView {
  const { status, problem } = session;
  if (status === 'booked' && problem?.code === 'reproposed') {
    return { label: t('sessions.badge.reproposed'), colour: 'warning' };
  }
  if (status === 'needs_slot' && problem?.code === 'declined') {
    const name = text(problem.detail?.name) || t('sessions.someone');
    return { label: t('sessions.badge.declined', { name }), colour: 'danger' };
  }
  return { label: t(`sessions.status.${status}`), colour: COLOURS[status] };
}

/** The line under the badge: why it needs attention, or the message sent with a cancellation. */
export function sessionNote(
  session: Pick<SessionDto, 'status' | 'problem' | 'cancelReason'>,
  options: { language: UiLanguage; t: Translate; when: (iso: string) => string },
): string | null {
  if (session.status === 'cancelled') {
    return session.cancelReason
      ? options.t('sessions.cancelledWith', { reason: session.cancelReason })
      : null;
  }
  return session.problem ? problemText(session.problem, options) : null;
}
