import { and, asc, eq } from 'drizzle-orm';
import type { CalendarSubscriptionStore } from '../app/ports/subscriptions';
import type { Database } from './db';
import { calendarSubscription } from './schema';

export function createCalendarSubscriptionStore(db: Database): CalendarSubscriptionStore {
  const byId = (tenantId: string, subscriptionId: string) =>
    and(eq(calendarSubscription.tenantId, tenantId), eq(calendarSubscription.subscriptionId, subscriptionId));

  return {
    async list(tenantId) {
      return db
        .select()
        .from(calendarSubscription)
        .where(eq(calendarSubscription.tenantId, tenantId))
        .orderBy(asc(calendarSubscription.organizerAadId));
    },

    async find(tenantId, subscriptionId) {
      const [row] = await db
        .select()
        .from(calendarSubscription)
        .where(byId(tenantId, subscriptionId))
        .limit(1);
      return row;
    },

    async save(record) {
      const values = { ...record, createdAt: record.createdAt ?? new Date() };
      await db
        .insert(calendarSubscription)
        .values(values)
        .onConflictDoUpdate({
          target: [calendarSubscription.tenantId, calendarSubscription.organizerAadId],
          set: {
            subscriptionId: values.subscriptionId,
            clientState: values.clientState,
            expiresAt: values.expiresAt,
            createdAt: values.createdAt,
          },
        });
    },

    async setExpiry(tenantId, subscriptionId, expiresAt) {
      await db.update(calendarSubscription).set({ expiresAt }).where(byId(tenantId, subscriptionId));
    },

    async remove(tenantId, subscriptionId) {
      await db.delete(calendarSubscription).where(byId(tenantId, subscriptionId));
    },
  };
}
