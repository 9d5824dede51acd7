/**
 * What the booking left in Outlook: the demo tenant's stored events, read from its tables (a child
 * service keeps the demo Graph's app token to itself) and matched to the sessions by the
 * transaction id each creation carried.
 */
import type { DatabaseHandle } from '../../api/src/store/db';

export interface OutlookTally {
  /** Organizers' events, not cancelled (the demo tenant starts empty: all of them are Binôme's). */
  events: number;
  /** The attendees' copies, not cancelled. */
  copies: number;
  /** Events beyond one per session: a session's second event, or one no session knows. */
  duplicates: number;
  /** Events whose session is not marked booked (created, then lost by Binôme). */
  unrecorded: number;
  /** Booked sessions with no event, or whose recorded event id is not the one in Outlook. */
  missing: number;
}

interface EventRow {
  id: string;
  transaction_id: string | null;
}

interface SessionRow {
  status: string;
  transaction_id: string;
  event_id: string | null;
}

/** The tally as a pure function of the rows, so the rule "one event per booked session" reads in one place. */
function tallyOf(events: readonly EventRow[], sessions: readonly SessionRow[], copies: number) {
  const byTransaction = new Map(sessions.map((s) => [s.transaction_id, s]));
  const eventsOf = new Map<string, EventRow[]>();
  let duplicates = 0;
  let unrecorded = 0;
  for (const event of events) {
    const session = event.transaction_id ? byTransaction.get(event.transaction_id) : undefined;
    if (!session) {
      duplicates++;
      continue;
    }
    const mine = eventsOf.get(session.transaction_id) ?? [];
    mine.push(event);
    eventsOf.set(session.transaction_id, mine);
    if (mine.length > 1) duplicates++;
    else if (session.status !== 'booked') unrecorded++;
  }
  const missing = sessions.filter((s) => {
    if (s.status !== 'booked') return false;
    const mine = eventsOf.get(s.transaction_id);
    return !mine?.some((e) => e.id === s.event_id);
  }).length;
  return { events: events.length, copies, duplicates, unrecorded, missing };
}

export async function tallyOutlook(sql: DatabaseHandle['query'], programmeId: string): Promise<OutlookTally> {
  const events = await sql<EventRow>(
    'select id, transaction_id from demo_event where is_organizer and not is_cancelled',
  );
  const [copies] = await sql<{ n: number }>(
    'select count(*)::int as n from demo_event where not is_organizer and not is_cancelled',
  );
  const sessions = await sql<SessionRow>(
    'select status, transaction_id, event_id from session where programme_id = $1',
    [programmeId],
  );
  return tallyOf(events, sessions, copies?.n ?? 0);
}
