/**
 * Where the bot can reach a person later (proactive reminders and feedback requests). The reference
 * is the channel's own JSON, kept opaque here so use cases stay free of any bot SDK.
 */
export interface ConversationReferenceJson {
  conversation: { id: string };
  [field: string]: unknown;
}

export interface SavedConversationReference {
  tenantId: string;
  aadId: string;
  conversationId: string;
  reference: ConversationReferenceJson;
  /** The locale the person last wrote in (e.g. `fr-FR`), to pick the language of proactive messages. */
  locale: string | null;
  updatedAt: Date;
}

export interface ConversationReferenceStore {
  /** Inserts or replaces the person's reference: the latest conversation wins. */
  save(
    tenantId: string,
    aadId: string,
    reference: ConversationReferenceJson,
    locale: string | null,
  ): Promise<void>;
  get(tenantId: string, aadId: string): Promise<SavedConversationReference | undefined>;
}
