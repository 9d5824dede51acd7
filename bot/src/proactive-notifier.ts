import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationReferenceStore } from '../../api/src/app/ports/conversation-references';
import type { Notifier } from '../../api/src/app/ports/participants';
import { adaptiveCard, paragraph } from './cards/adaptive-card';
import { fill, messagesFor } from './i18n';

export interface ProactiveNotifierDeps {
  adapter: CloudAdapter;
  /** The bot's app id ('' when none is configured: local playground and tests). */
  appId: string;
  conversations: ConversationReferenceStore;
  logger: Logger;
}

/** Writes to people in their personal chat with the bot, from the reference saved when they last talked. */
export function createProactiveNotifier(deps: ProactiveNotifierDeps): Notifier {
  return {
    async applicationReviewed(tenantId, aadId, review) {
      const saved = await deps.conversations.get(tenantId, aadId);
      if (!saved) return 'no_conversation';
      const messages = messagesFor(saved.locale ?? undefined).review;
      const text = fill(messages[review.decision], {
        programme: review.programmeName,
        role: messages.roles[review.role],
      });
      const body = [paragraph(text)];
      if (review.message) {
        body.push(paragraph(messages.messageFrom, { weight: 'Bolder', spacing: 'Medium' }));
        body.push(paragraph(review.message, { isSubtle: true }));
      }
      try {
        await deps.adapter.continueConversationAsync(
          deps.appId,
          saved.reference as unknown as Partial<ConversationReference>,
          async (context) => {
            await context.sendActivity({ attachments: [CardFactory.adaptiveCard(adaptiveCard(body))] });
          },
        );
        return 'sent';
      } catch (error) {
        deps.logger.warn({ err: error, aadId }, 'could not tell the person about their review');
        return 'failed';
      }
    },
  };
}
