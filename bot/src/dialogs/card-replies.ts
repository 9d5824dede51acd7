import { CardFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AdaptiveCard } from '../cards/adaptive-card';

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/**
 * Puts `card` in place of the card whose button was pressed (Teams names it in `replyToId`), so
 * the answered form does not stay open in the chat; sends it as a new message when there is no
 * such card or Teams refuses the update.
 */
export async function replaceCard(
  context: TurnContext,
  card: AdaptiveCard,
  logger: Pick<Logger, 'warn'>,
): Promise<'updated' | 'sent'> {
  const id = context.activity.replyToId;
  if (id) {
    try {
      await context.updateActivity({ id, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
      return 'updated';
    } catch (error) {
      logger.warn(
        { err: error, conversation: context.activity.conversation?.id },
        'could not update the answered card; sending the confirmation instead',
      );
    }
  }
  await sendCard(context, card);
  return 'sent';
}
