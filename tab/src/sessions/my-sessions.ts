import type { SessionDto, SessionPersonDto, SessionStatusDto } from './session-api';

const STILL_ON: ReadonlySet<SessionStatusDto> = new Set(['planned', 'booked', 'needs_slot', 'failed']);

/** When the session happens, or the day its window closes while it has no time. */
function endOf(session: Pick<SessionDto, 'endsAt' | 'window'>): number {
  return session.endsAt ? Date.parse(session.endsAt) : Date.parse(`${session.window.to}T23:59:59Z`);
}

function startOf(session: Pick<SessionDto, 'startsAt' | 'window'>): number {
  return session.startsAt ? Date.parse(session.startsAt) : Date.parse(`${session.window.target}T12:00:00Z`);
}

/**
 * "Upcoming": sessions still ahead, soonest first, including the cancelled ones so the person
 * sees the message sent with them; "past": those over (held, missed, or their time gone), latest first.
 */
export function splitSessions<T extends Pick<SessionDto, 'status' | 'startsAt' | 'endsAt' | 'window'>>(
  sessions: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const session of sessions) {
    const ahead = endOf(session) > now.getTime();
    const listed = STILL_ON.has(session.status) || session.status === 'cancelled';
    (ahead && listed ? upcoming : past).push(session);
  }
  upcoming.sort((a, b) => startOf(a) - startOf(b));
  past.sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

/** The other member of the pair, seen from `aadId`; null when that person is not in the pair. */
export function partnerOf(
  session: Pick<SessionDto, 'mentee' | 'mentor'>,
  aadId: string,
): { me: SessionPersonDto; partner: SessionPersonDto; partnerRole: 'mentor' | 'mentee' } | null {
  if (session.mentee.aadId === aadId) {
    return { me: session.mentee, partner: session.mentor, partnerRole: 'mentor' };
  }
  if (session.mentor.aadId === aadId) {
    return { me: session.mentor, partner: session.mentee, partnerRole: 'mentee' };
  }
  return null;
}
