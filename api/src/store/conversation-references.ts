import { and, eq } from 'drizzle-orm';
import type {
  ConversationReferenceJson,
  ConversationReferenceStore,
} from '../app/ports/conversation-references';
import { type Clock, systemClock } from '../domain/clock';
import type { Database } from './db';
import { conversationRef } from './schema';

export function createConversationReferenceStore(
  db: Database,
  clock: Clock = systemClock,
): ConversationReferenceStore {
  return {
    async save(tenantId, aadId, reference, locale) {
      const values = {
        conversationId: reference.conversation.id,
        reference: reference as Record<string, unknown>,
        locale,
        updatedAt: clock.now(),
      };
      await db
        .insert(conversationRef)
        .values({ tenantId, aadId, ...values })
        .onConflictDoUpdate({ target: [conversationRef.tenantId, conversationRef.aadId], set: values });
    },
    async get(tenantId, aadId) {
      const [row] = await db
        .select()
        .from(conversationRef)
        .where(and(eq(conversationRef.tenantId, tenantId), eq(conversationRef.aadId, aadId)))
        .limit(1);
      if (!row) return undefined;
      return {
        tenantId: row.tenantId,
        aadId: row.aadId,
        conversationId: row.conversationId,
        reference: row.reference as ConversationReferenceJson,
        locale: row.locale,
        updatedAt: row.updatedAt,
      };
    },
  };
}
