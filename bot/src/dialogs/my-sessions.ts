import { IANAZone } from 'luxon';
import type { SessionPerson, SessionWithPair } from '../../../api/src/app/ports/sessions';
import { localSlotText } from '../../../api/src/app/session-event';
import type { SessionView } from '../../../api/src/app/sessions';
import type { SessionEntry } from '../cards/sessions-card';
import { type BotLanguage, type BotMessages, fill } from '../i18n';
import type { UpcomingStatus } from '../i18n/session-messages';

/** How many sessions “my sessions” shows before it only counts the rest. */
export const SHOWN_SESSIONS = 5;

const UPCOMING: ReadonlySet<string> = new Set<UpcomingStatus>(['planned', 'booked', 'needs_slot', 'failed']);

/** Sessions without a time yet sort by their target date. */
const sortKey = (s: SessionWithPair): string => s.startsAt?.toISOString() ?? `${s.targetDate}T12:00:00.000Z`;

/** Sessions still to come, soonest first: not cancelled, held or missed, and not over yet. */
export function upcomingSessions<S extends SessionWithPair>(sessions: readonly S[], now: Date): S[] {
  return sessions
    .filter((s) => UPCOMING.has(s.status) && (!s.endsAt || s.endsAt > now))
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.number - b.number);
}

/** What “reschedule my next session” moves: the soonest session booked or waiting for a new time. */
export const nextToMove = (upcoming: readonly SessionView[]): SessionView | undefined =>
  upcoming.find((s) => s.can.reschedule && (s.status === 'booked' || s.status === 'needs_slot'));

export const nextToCancel = (upcoming: readonly SessionView[]): SessionView | undefined =>
  upcoming.find((s) => s.can.cancel);

/** The person's own entry in the pair and the other person's. */
export function sidesOf(s: SessionWithPair, aadId: string): { me: SessionPerson; partner: SessionPerson } {
  return s.mentee.aadId === aadId ? { me: s.mentee, partner: s.mentor } : { me: s.mentor, partner: s.mentee };
}

export const isZone = (zone: string | null | undefined): zone is string =>
  !!zone && IANAZone.isValidZone(zone);

/** Where to show a person's times: their own zone, else the programme's, else UTC. */
export function zoneOf(personZone: string | null | undefined, programmeZone?: string): string {
  return [personZone, programmeZone].find(isZone) ?? 'UTC';
}

/** A session as the bot talks about it; plain JSON, so a dialog can keep it in its state. */
export interface SessionSummary {
  sessionId: string;
  number: number;
  of: number;
  theme: { fr: string; en: string };
  partner: string;
  startsAt: string | null;
  endsAt: string | null;
  zone: string;
}

export function summaryOf(s: SessionWithPair, aadId: string, programmeZone?: string): SessionSummary {
  const { me, partner } = sidesOf(s, aadId);
  return {
    sessionId: s.id,
    number: s.number,
    of: Math.max(s.seriesLength, s.number),
    theme: { fr: s.theme.label.fr, en: s.theme.label.en },
    partner: partner.displayName,
    startsAt: s.startsAt?.toISOString() ?? null,
    endsAt: s.endsAt?.toISOString() ?? null,
    zone: zoneOf(me.timeZone, programmeZone),
  };
}

/** “Tuesday 9 February 2027, 10:00–11:00 (Europe/Paris)” in the person's zone and language. */
export function whenOf(summary: SessionSummary, language: BotLanguage, messages: BotMessages): string {
  if (!summary.startsAt || !summary.endsAt) return messages.sessions.notScheduled;
  const slot = { startsAt: new Date(summary.startsAt), endsAt: new Date(summary.endsAt) };
  return localSlotText(slot, summary.zone, language) || messages.sessions.notScheduled;
}

/** The placeholders every session sentence may use. */
export function sessionWords(summary: SessionSummary, language: BotLanguage, messages: BotMessages) {
  return {
    number: summary.number,
    of: summary.of,
    theme: summary.theme[language],
    partner: summary.partner,
    when: whenOf(summary, language, messages),
  };
}

/** Why a session needs a new time (or was moved), from the problem stored on it. */
export function noteOf(
  s: SessionWithPair,
  language: BotLanguage,
  messages: BotMessages,
): SessionEntry['note'] {
  const problem = s.problem;
  if (!problem) return undefined;
  const m = messages.sessions.problems;
  const detail = problem.detail ?? {};
  const name = typeof detail.name === 'string' ? detail.name : undefined;
  if (s.status === 'booked') {
    return problem.code === 'reproposed' && name
      ? { text: fill(m.reproposed, { name }), attention: false }
      : undefined;
  }
  if (s.status !== 'needs_slot' && s.status !== 'failed') return undefined;
  const explanation = (detail.explanation as Partial<Record<BotLanguage, unknown>> | undefined)?.[language];
  const parts = [
    problem.code === 'declined' && name ? fill(m.declined, { name }) : undefined,
    problem.code === 'calendar_unreadable' ? m.calendarUnreadable : undefined,
    typeof explanation === 'string' && explanation.length > 0 ? explanation : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? { text: parts.join(' '), attention: true } : undefined;
}

export function sessionEntry(
  s: SessionView,
  aadId: string,
  programmeZone: string | undefined,
  language: BotLanguage,
  messages: BotMessages,
): SessionEntry {
  const m = messages.sessions;
  const summary = summaryOf(s, aadId, programmeZone);
  const words = sessionWords(summary, language, messages);
  const status = s.status as UpcomingStatus;
  return {
    sessionId: s.id,
    heading: fill(m.heading, words),
    programmeName: s.programmeName,
    when: words.when,
    partner: summary.partner,
    status: m.statuses[status] ?? status,
    note: noteOf(s, language, messages),
    joinUrl: s.status === 'booked' && s.joinUrl ? s.joinUrl : undefined,
    canReschedule: s.can.reschedule,
    canCancel: s.can.cancel,
  };
}
