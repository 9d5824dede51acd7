import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { DatabaseHandle } from '../../store/db';
import { demoSubscription } from './schema';

export type StoredSubscription = typeof demoSubscription.$inferSelect;
export type NewStoredSubscription = typeof demoSubscription.$inferInsert;

/** The demo tenant's change-notification subscriptions; an expired one is gone, as in Graph. */
export class SubscriptionStore {
  constructor(
    private readonly handle: DatabaseHandle,
    private readonly tenantId: string,
  ) {}

  private get db() {
    return this.handle.db;
  }

  private live(now: Date) {
    return and(eq(demoSubscription.tenantId, this.tenantId), gt(demoSubscription.expiresAt, now));
  }

  async create(row: NewStoredSubscription, now: Date): Promise<StoredSubscription> {
    // Expired subscriptions are dropped here rather than by a timer.
    await this.db
      .delete(demoSubscription)
      .where(and(eq(demoSubscription.tenantId, this.tenantId), lte(demoSubscription.expiresAt, now)));
    const [created] = await this.db.insert(demoSubscription).values(row).returning();
    return created!;
  }

  /** One application's live subscription. */
  async find(applicationId: string, id: string, now: Date): Promise<StoredSubscription | undefined> {
    const [row] = await this.db
      .select()
      .from(demoSubscription)
      .where(
        and(this.live(now), eq(demoSubscription.id, id), eq(demoSubscription.applicationId, applicationId)),
      );
    return row;
  }

  /** A live subscription whoever made it (the demo's control routes). */
  async findById(id: string, now: Date): Promise<StoredSubscription | undefined> {
    const [row] = await this.db
      .select()
      .from(demoSubscription)
      .where(and(this.live(now), eq(demoSubscription.id, id)));
    return row;
  }

  async list(applicationId: string, now: Date): Promise<StoredSubscription[]> {
    return this.db
      .select()
      .from(demoSubscription)
      .where(and(this.live(now), eq(demoSubscription.applicationId, applicationId)))
      .orderBy(asc(demoSubscription.createdAt), asc(demoSubscription.id));
  }

  /** The mailboxes watched by live subscriptions. */
  async mailboxes(now: Date): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ mailboxId: demoSubscription.mailboxId })
      .from(demoSubscription)
      .where(this.live(now));
    return rows.map((r) => r.mailboxId);
  }

  /** Live subscriptions on one mailbox's events, whoever made them. */
  async forMailbox(mailboxId: string, now: Date): Promise<StoredSubscription[]> {
    return this.db
      .select()
      .from(demoSubscription)
      .where(and(this.live(now), eq(demoSubscription.mailboxId, mailboxId)));
  }

  async update(
    id: string,
    changes: Partial<Pick<StoredSubscription, 'expiresAt' | 'notificationUrl'>>,
  ): Promise<StoredSubscription | undefined> {
    const [row] = await this.db
      .update(demoSubscription)
      .set(changes)
      .where(and(eq(demoSubscription.tenantId, this.tenantId), eq(demoSubscription.id, id)))
      .returning();
    return row;
  }

  async remove(id: string): Promise<void> {
    await this.db
      .delete(demoSubscription)
      .where(and(eq(demoSubscription.tenantId, this.tenantId), eq(demoSubscription.id, id)));
  }
}
