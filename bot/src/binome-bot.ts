import {
  type Activity,
  ActivityHandler,
  CardFactory,
  ConversationState,
  type Storage,
  TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { ApplicationDeps } from '../../api/src/app/applications';
import type { FeedbackDeps } from '../../api/src/app/feedback';
import type {
  ConversationReferenceJson,
  ConversationReferenceStore,
} from '../../api/src/app/ports/conversation-references';
import type { SessionDeps } from '../../api/src/app/session-booking';
import type { SurveyDeps } from '../../api/src/app/surveys';
import { activityLocale, activityTenantIds } from './activity-reading';
import type { AdaptiveCard } from './cards/adaptive-card';
import { welcomeCard } from './cards/welcome-card';
import { Conversation } from './dialogs/conversation';
import { messagesFor } from './i18n';

export interface BinomeBotDeps {
  logger: Logger;
  /** The tenant this service serves: its data is the only data the bot reads or writes. */
  tenantId: string;
  conversations: ConversationReferenceStore;
  storage: Storage;
  applications: ApplicationDeps;
  /** The session use cases behind “my sessions”, moving and cancelling. */
  sessions: SessionDeps;
  /** Feedback after each session and the programme surveys, answered on their cards. */
  feedback: FeedbackDeps;
  surveys: SurveyDeps;
  /** The service's public address, for links in cards (the privacy notice). */
  publicUrl: string;
}

/**
 * Binôme in Teams: welcome on install, help, sign-up dialogs, the person's sessions, feedback and
 * surveys, and where to reach each person later.
 */
export class BinomeBot extends ActivityHandler {
  /** Dialogs keep their progress here (PostgreSQL through the `Storage` port), saved after each turn. */
  readonly conversationState: ConversationState;
  private readonly conversation: Conversation;

  constructor(private readonly deps: BinomeBotDeps) {
    super();
    this.conversationState = new ConversationState(deps.storage);
    this.conversation = new Conversation(this.conversationState, {
      applications: deps.applications,
      sessions: deps.sessions,
      feedback: deps.feedback,
      surveys: deps.surveys,
      tenantId: deps.tenantId,
      publicUrl: deps.publicUrl,
      logger: deps.logger,
    });

    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      await this.conversation.onMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) {
        await this.rememberConversation(context);
        await this.sendCard(context, welcomeCard(messagesFor(activityLocale(context.activity))));
      }
      await next();
    });

    // Teams sends this alongside the conversationUpdate above: remember the conversation, but
    // leave the welcome to the conversationUpdate so the person does not get it twice.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.rememberConversation(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const tenant = activityTenantIds(context.activity).find((id) => id !== this.deps.tenantId);
    if (tenant) {
      // Another organisation's Teams reached us: answer 200 and do nothing, so no data crosses tenants.
      this.deps.logger.warn(
        {
          activityTenant: tenant,
          type: context.activity.type,
          conversation: context.activity.conversation?.id,
        },
        'bot activity from another tenant ignored',
      );
      return;
    }
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }

  private async sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }

  /** Keeps the latest personal conversation of the sender, for reminders and feedback requests. */
  private async rememberConversation(context: TurnContext): Promise<void> {
    const activity: Activity = context.activity;
    const aadId = activity.from?.aadObjectId;
    const scope = activity.conversation?.conversationType;
    // Team channels and group chats are not where personal reminders belong.
    if (!aadId || scope === 'channel' || scope === 'groupChat') return;
    const reference = TurnContext.getConversationReference(activity) as ConversationReferenceJson;
    try {
      await this.deps.conversations.save(
        this.deps.tenantId,
        aadId,
        reference,
        activityLocale(activity) ?? null,
      );
    } catch (error) {
      // The person still gets an answer; only later proactive messages depend on this.
      this.deps.logger.error({ err: error, aadId }, 'could not save the conversation reference');
    }
  }
}
