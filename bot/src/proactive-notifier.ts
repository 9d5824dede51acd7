import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { PairIntroduction, PairNotifier } from '../../api/src/app/matching';
import type {
  ConversationReferenceStore,
  SavedConversationReference,
} from '../../api/src/app/ports/conversation-references';
import type { FeedbackNotifier } from '../../api/src/app/ports/feedback';
import type { Notifier } from '../../api/src/app/ports/participants';
import { type AdaptiveCard, adaptiveCard, bullets, heading, paragraph } from './cards/adaptive-card';
import { feedbackCard } from './cards/feedback-card';
import { surveyCard } from './cards/survey-card';
import { feedbackWords, localDateText } from './dialogs/feedback-words';
import { fill, languageOf, messagesFor } from './i18n';
import { INTRO } from './i18n/intro';

export interface ProactiveNotifierDeps {
  adapter: CloudAdapter;
  /** The bot's app id ('' when none is configured: local playground and tests). */
  appId: string;
  conversations: ConversationReferenceStore;
  logger: Logger;
  /** Where the tab lives, for the card's button. */
  publicUrl: string;
}

/**
 * Writes to people in their personal chat with the bot, from the reference saved when they last
 * talked, in the language they last wrote in.
 */
export function createProactiveNotifier(
  deps: ProactiveNotifierDeps,
): Notifier & PairNotifier & FeedbackNotifier {
  const deliver = async (saved: SavedConversationReference, card: AdaptiveCard) => {
    const { aadId } = saved;
    try {
      await deps.adapter.continueConversationAsync(
        deps.appId,
        saved.reference as unknown as Partial<ConversationReference>,
        async (context) => {
          await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
        },
      );
      return 'sent' as const;
    } catch (error) {
      deps.logger.warn({ err: error, aadId }, 'could not send a proactive message');
      return 'failed' as const;
    }
  };
  const send = async (tenantId: string, aadId: string, card: AdaptiveCard) => {
    const saved = await deps.conversations.get(tenantId, aadId);
    if (!saved) return 'no_conversation' as const;
    return deliver(saved, card);
  };

  return {
    async pairIntroduced(tenantId, aadId, intro: PairIntroduction, locale) {
      const t = INTRO[locale];
      const values = {
        programme: intro.programmeName,
        partner: intro.partnerName,
        role: t.roles[intro.role],
      };
      const partnerLine = [intro.partnerName, intro.partnerJobTitle, intro.partnerDepartment]
        .filter(Boolean)
        .join(' · ');
      const body = [
        heading(t.title),
        paragraph(fill(t.youArePaired, values)),
        paragraph(partnerLine, { weight: 'Bolder' }),
        paragraph(t.why, { weight: 'Bolder', spacing: 'Medium' }),
        paragraph(intro.why),
        paragraph(t.firstSteps, { weight: 'Bolder', spacing: 'Medium' }),
        bullets(t.steps.map((step) => fill(step, values))),
        paragraph(t.charter, { isSubtle: true }),
      ];
      const actions = [{ type: 'Action.OpenUrl', title: t.openTab, url: `${deps.publicUrl}/` }];
      return send(tenantId, aadId, adaptiveCard(body, actions));
    },
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
      return send(tenantId, aadId, adaptiveCard(body));
    },
    async feedbackRequested(tenantId, aadId, request, { reminder }) {
      const saved = await deps.conversations.get(tenantId, aadId);
      if (!saved) return 'no_conversation';
      const words = feedbackWords(request, languageOf(saved.locale));
      const card = feedbackCard(messagesFor(saved.locale), words, { values: {}, errors: [], reminder });
      return deliver(saved, card);
    },
    async surveyOpened(tenantId, aadId, invitation) {
      const saved = await deps.conversations.get(tenantId, aadId);
      if (!saved) return 'no_conversation';
      const language = languageOf(saved.locale);
      const card = surveyCard(messagesFor(saved.locale), invitation, {
        language,
        closes: localDateText(invitation.closesAt, invitation.timeZone, language),
        values: {},
        errors: [],
      });
      return deliver(saved, card);
    },
  };
}
