import { fileURLToPath } from 'node:url';
import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { type DatabaseHandle, migrateDatabase } from '../../store/db';
import { demoCalendarState, demoEvent } from './schema';

export const CALENDAR_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies the calendars' own migrations, recorded apart from the app's. */
export async function migrateCalendar(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle, CALENDAR_MIGRATIONS, '__demo_calendar_migrations');
}

export type StoredEvent = typeof demoEvent.$inferSelect;
export type NewStoredEvent = typeof demoEvent.$inferInsert;

/** A stored event that changed, for change notifications (told after the change is written). */
export interface StoredEventChange {
  mailboxId: string;
  eventId: string;
  changeType: 'created' | 'updated' | 'deleted';
}
export type StoredEventListener = (change: StoredEventChange) => void;

/** The stored half of the demo calendars; every query is scoped to one tenant. */
export class EventStore {
  private readonly listeners = new Set<StoredEventListener>();

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly tenantId: string,
  ) {}

  /** Tells `listener` of every stored event created, updated or deleted; returns the unsubscribe. */
  onChange(listener: StoredEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private tell(changeType: StoredEventChange['changeType'], rows: { id: string; mailboxId: string }[]) {
    for (const row of rows) {
      for (const listener of this.listeners)
        listener({ mailboxId: row.mailboxId, eventId: row.id, changeType });
    }
  }

  private get db() {
    return this.handle.db;
  }

  /** The seeded calendars' epoch: written once, at the first start, then read back forever. */
  async epoch(firstStart: Date): Promise<Date> {
    await this.db
      .insert(demoCalendarState)
      .values({ tenantId: this.tenantId, epoch: firstStart })
      .onConflictDoNothing({ target: demoCalendarState.tenantId });
    const [row] = await this.db
      .select({ epoch: demoCalendarState.epoch })
      .from(demoCalendarState)
      .where(eq(demoCalendarState.tenantId, this.tenantId));
    return row!.epoch;
  }

  /**
   * Stores the organizer's event and the attendees' copies in one transaction. When the organizer's
   * transactionId is already taken (a retried create), stores nothing and returns the existing event.
   */
  async create(
    organizer: NewStoredEvent,
    copies: NewStoredEvent[],
  ): Promise<{ event: StoredEvent; created: boolean }> {
    const result = await this.db.transaction(async (tx) => {
      const inserted = await tx.insert(demoEvent).values(organizer).onConflictDoNothing().returning();
      if (inserted.length === 0 && organizer.transactionId) {
        const [existing] = await tx
          .select()
          .from(demoEvent)
          .where(
            and(
              eq(demoEvent.tenantId, this.tenantId),
              eq(demoEvent.mailboxId, organizer.mailboxId),
              eq(demoEvent.transactionId, organizer.transactionId),
            ),
          );
        return { event: existing!, created: false };
      }
      if (copies.length > 0) await tx.insert(demoEvent).values(copies);
      return { event: inserted[0]!, created: true };
    });
    if (result.created)
      this.tell('created', [result.event, ...copies.map((c) => ({ id: c.id, mailboxId: c.mailboxId }))]);
    return result;
  }

  async findByTransactionId(mailboxId: string, transactionId: string): Promise<StoredEvent | undefined> {
    const [row] = await this.db
      .select()
      .from(demoEvent)
      .where(
        and(
          eq(demoEvent.tenantId, this.tenantId),
          eq(demoEvent.mailboxId, mailboxId),
          eq(demoEvent.transactionId, transactionId),
        ),
      );
    return row;
  }

  async find(mailboxId: string, id: string): Promise<StoredEvent | undefined> {
    const [row] = await this.db
      .select()
      .from(demoEvent)
      .where(
        and(eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.mailboxId, mailboxId), eq(demoEvent.id, id)),
      );
    return row;
  }

  /** All rows of one meeting (organizer's and copies), found by its iCalUId. */
  async meeting(iCalUId: string): Promise<StoredEvent[]> {
    return this.db
      .select()
      .from(demoEvent)
      .where(and(eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.iCalUId, iCalUId)));
  }

  /** The organizers' rows of these meetings (their attendees carry everyone's answers). */
  async organizerEvents(iCalUIds: string[]): Promise<StoredEvent[]> {
    if (iCalUIds.length === 0) return [];
    return this.db
      .select()
      .from(demoEvent)
      .where(
        and(
          eq(demoEvent.tenantId, this.tenantId),
          inArray(demoEvent.iCalUId, iCalUIds),
          eq(demoEvent.isOrganizer, true),
        ),
      );
  }

  /** The mailboxes holding stored events (organizers' or copies), the fullest first. */
  async mailboxes(limit: number): Promise<Array<{ mailboxId: string; events: number }>> {
    const events = sql<number>`count(*)::int`;
    return this.db
      .select({ mailboxId: demoEvent.mailboxId, events })
      .from(demoEvent)
      .where(eq(demoEvent.tenantId, this.tenantId))
      .groupBy(demoEvent.mailboxId)
      .orderBy(desc(events), asc(demoEvent.mailboxId))
      .limit(limit);
  }

  /** One mailbox's events overlapping [from, to) (either bound optional), in start order. */
  async list(
    mailboxId: string,
    range: { from?: Date; to?: Date; limit?: number; offset?: number } = {},
  ): Promise<StoredEvent[]> {
    const conditions = [eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.mailboxId, mailboxId)];
    if (range.to) conditions.push(lt(demoEvent.startsAt, range.to));
    if (range.from) conditions.push(gt(demoEvent.endsAt, range.from));
    const query = this.db
      .select()
      .from(demoEvent)
      .where(and(...conditions))
      .orderBy(asc(demoEvent.startsAt), asc(demoEvent.id))
      .$dynamic();
    if (range.limit !== undefined) query.limit(range.limit);
    if (range.offset) query.offset(range.offset);
    return query;
  }

  async update(
    id: string,
    changes: Partial<Pick<StoredEvent, 'data' | 'startsAt' | 'endsAt' | 'isCancelled'>>,
    at: Date,
  ): Promise<StoredEvent | undefined> {
    const [row] = await this.db
      .update(demoEvent)
      .set({ ...changes, updatedAt: at })
      .where(and(eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.id, id)))
      .returning();
    if (row) this.tell('updated', [row]);
    return row;
  }

  async insert(rows: NewStoredEvent[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insert(demoEvent).values(rows);
    this.tell('created', rows);
  }

  async remove(id: string): Promise<void> {
    const removed = await this.db
      .delete(demoEvent)
      .where(and(eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.id, id)))
      .returning({ id: demoEvent.id, mailboxId: demoEvent.mailboxId });
    this.tell('deleted', removed);
  }

  async count(mailboxId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(demoEvent)
      .where(and(eq(demoEvent.tenantId, this.tenantId), eq(demoEvent.mailboxId, mailboxId)));
    return row?.n ?? 0;
  }
}
