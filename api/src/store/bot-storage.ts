import type { Storage, StoreItems } from 'botbuilder';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Clock, systemClock } from '../domain/clock';
import type { Database } from './db';
import { botState } from './schema';

/** Thrown when a write carries an eTag that no longer matches the stored item (someone wrote first). */
export class BotStateConflictError extends Error {
  readonly code = 'bot_state_conflict';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'BotStateConflictError';
  }
}

/**
 * botbuilder's `Storage` over the `bot_state` table, scoped to one tenant. Same eTag rules as
 * botbuilder's MemoryStorage: no eTag or `*` overwrites; any other eTag must match the stored one.
 */
export function createBotStorage(db: Database, tenantId: string, clock: Clock = systemClock): Storage {
  return {
    async read(keys: string[]): Promise<StoreItems> {
      if (!keys) throw new ReferenceError('Keys are required when reading.');
      const items: StoreItems = {};
      if (keys.length === 0) return items;
      const rows = await db
        .select({ key: botState.key, document: botState.document, etag: botState.etag })
        .from(botState)
        .where(and(eq(botState.tenantId, tenantId), inArray(botState.key, keys)));
      for (const row of rows) items[row.key] = { ...row.document, eTag: String(row.etag) };
      return items;
    },

    async write(changes: StoreItems): Promise<void> {
      if (!changes) throw new ReferenceError('Changes are required when writing.');
      const entries = Object.entries(changes);
      if (entries.length === 0) return;
      // One transaction: a conflict on any key leaves every key as it was.
      await db.transaction(async (tx) => {
        for (const [key, item] of entries) {
          const { eTag, ...document } = (item ?? {}) as Record<string, unknown>;
          const unconditional = eTag === undefined || eTag === null || eTag === '' || eTag === '*';
          const expected = unconditional ? undefined : Number(eTag);
          const updatedAt = clock.now();
          const written = await tx
            .insert(botState)
            .values({ tenantId, key, document, etag: 1, updatedAt })
            .onConflictDoUpdate({
              target: [botState.tenantId, botState.key],
              set: { document, etag: sql`${botState.etag} + 1`, updatedAt },
              ...(unconditional
                ? {}
                : {
                    setWhere: Number.isSafeInteger(expected)
                      ? eq(botState.etag, expected as number)
                      : sql`false`,
                  }),
            })
            .returning({ etag: botState.etag });
          if (written.length === 0) throw new BotStateConflictError(key);
        }
      });
    },

    async delete(keys: string[]): Promise<void> {
      if (!keys || keys.length === 0) return;
      await db.delete(botState).where(and(eq(botState.tenantId, tenantId), inArray(botState.key, keys)));
    },
  };
}
