import { type Activity, CardFactory, type ConversationState, type TurnContext } from 'botbuilder';
import { type DialogContext, DialogSet } from 'botbuilder-dialogs';
import type { Caller } from '../../../api/src/app/caller';
import {
  activityLocale,
  type BotCommand,
  type CardAnswer,
  callerOf,
  cardAnswerOf,
  commandOf,
  programmeIdOf,
  sessionIdOf,
  surveyKindOf,
} from '../activity-reading';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { helpCard } from '../cards/help-card';
import { profileCard } from '../cards/profile-card';
import { type BotMessages, fill, languageOf, messagesFor } from '../i18n';
import { CANCEL_SESSION_DIALOG, CancelSessionDialog, type SessionCommandDeps } from './cancel-session-dialog';
import { submittedFields } from './card-prompt';
import { type FeedbackCommandDeps, FeedbackCommands } from './feedback-commands';
import { canEdit, canWithdraw, myApplicationsWithProgrammes, profileEntry } from './my-profile';
import { SessionCommands } from './session-commands';
import { SIGN_UP_DIALOG, SignUpDialog, type SignUpOptions } from './sign-up-dialog';
import type { SignUpFormDeps } from './sign-up-forms';
import { type SurveyCommandDeps, SurveyCommands } from './survey-commands';
import { WITHDRAW_DIALOG, WithdrawDialog, type WithdrawOptions } from './withdraw-dialog';

export type ConversationDeps = SignUpFormDeps & SessionCommandDeps & FeedbackCommandDeps & SurveyCommandDeps;

/**
 * What a message leads to: a command (typed or from a button) starts or interrupts a dialog;
 * anything else goes to the dialog under way, whose progress lives in the conversation state.
 */
export class Conversation {
  private readonly dialogs: DialogSet;
  private readonly sessions: SessionCommands;
  private readonly feedback: FeedbackCommands;
  private readonly surveys: SurveyCommands;

  constructor(
    conversationState: ConversationState,
    private readonly deps: ConversationDeps,
  ) {
    this.dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    this.dialogs.add(new SignUpDialog(deps));
    this.dialogs.add(new WithdrawDialog(deps));
    this.dialogs.add(new CancelSessionDialog(deps));
    this.sessions = new SessionCommands(deps);
    this.feedback = new FeedbackCommands(deps);
    this.surveys = new SurveyCommands(deps);
  }

  async onMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const messages = messagesFor(activityLocale(activity));
    const answer = cardAnswerOf(activity);
    if (answer) {
      // Feedback and survey cards arrive unprompted: answering one leaves any dialog where it was.
      await this.onCardAnswer(context, answer, messages);
      return;
    }
    const dc = await this.dialogs.createContext(context);
    const command = commandOf(activity);
    if (command) {
      await this.onCommand(dc, command, messages);
    } else if (dc.activeDialog) {
      await dc.continueDialog();
    } else {
      // A form button pressed after its conversation ended: nothing waits for it any more.
      const card = submittedFields(activity.value).card;
      await context.sendActivity(card ? messages.signUp.expiredCard : messages.notUnderstood);
    }
  }

  private async onCommand(dc: DialogContext, command: BotCommand, messages: BotMessages): Promise<void> {
    const { context } = dc;
    if (command === 'help') {
      await sendCard(context, helpCard(messages));
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    if (command === 'cancel') {
      const running = dc.activeDialog?.id;
      if (running) await dc.cancelAllDialogs();
      // Stopping the cancellation of a session keeps the session; stopping a sign-up saves nothing.
      const said =
        running === CANCEL_SESSION_DIALOG
          ? messages.sessions.cancel.kept
          : running
            ? messages.signUp.cancelled
            : messages.signUp.nothingToCancel;
      await context.sendActivity(said);
      return;
    }
    // Any other command leaves whatever was under way: the person asked for something else.
    if (dc.activeDialog) await dc.cancelAllDialogs();
    const caller = callerOf(context.activity, this.deps.tenantId);
    if (!caller) {
      await context.sendActivity(messages.signUp.needsTeams);
      return;
    }
    if (!isPersonalChat(context.activity)) {
      await context.sendActivity(messages.signUp.personalChatOnly);
      return;
    }
    const programmeId = programmeIdOf(context.activity);
    switch (command) {
      case 'join':
        await dc.beginDialog(SIGN_UP_DIALOG, { programmeId } satisfies SignUpOptions);
        return;
      case 'edit':
        return this.edit(dc, caller, programmeId);
      case 'withdraw':
        return this.withdraw(dc, caller, messages, programmeId);
      case 'profile':
        return this.showProfile(context, caller, messages);
      case 'sessions':
        return this.sessions.show(context, caller, messages);
      case 'reschedule':
        return this.sessions.reschedule(context, caller, messages, sessionIdOf(context.activity));
      case 'cancelSession':
        return this.sessions.cancel(dc, caller, messages, sessionIdOf(context.activity));
      case 'feedback':
        return this.feedback.request(context, caller, messages, sessionIdOf(context.activity));
      case 'surveys': {
        const kind = surveyKindOf(context.activity);
        return this.surveys.show(
          context,
          caller,
          messages,
          programmeId && kind ? { programmeId, kind } : undefined,
        );
      }
    }
  }

  private async onCardAnswer(context: TurnContext, answer: CardAnswer, messages: BotMessages): Promise<void> {
    const caller = callerOf(context.activity, this.deps.tenantId);
    if (!caller) {
      await context.sendActivity(messages.signUp.needsTeams);
      return;
    }
    if (answer.form === 'feedback') await this.feedback.answer(context, caller, messages, answer);
    else await this.surveys.answer(context, caller, messages, answer);
  }

  private async showProfile(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    intro?: string,
  ): Promise<void> {
    const language = languageOf(activityLocale(context.activity));
    const entries = await myApplicationsWithProgrammes(this.deps.applications, caller);
    await sendCard(
      context,
      profileCard(
        messages,
        entries.map((entry) => profileEntry(entry, language)),
        intro,
      ),
    );
  }

  /** Without a programme, the only application that can still change, if there is just one. */
  private async edit(dc: DialogContext, caller: Caller, programmeId: string | undefined): Promise<void> {
    let target = programmeId;
    if (!target) {
      const editable = (await myApplicationsWithProgrammes(this.deps.applications, caller)).filter(canEdit);
      if (editable.length === 1) target = editable[0]!.programme.id;
    }
    await dc.beginDialog(SIGN_UP_DIALOG, { programmeId: target } satisfies SignUpOptions);
  }

  private async withdraw(
    dc: DialogContext,
    caller: Caller,
    messages: BotMessages,
    programmeId: string | undefined,
  ): Promise<void> {
    const all = await myApplicationsWithProgrammes(this.deps.applications, caller);
    const candidates = all.filter(
      (entry) => canWithdraw(entry) && (programmeId === undefined || entry.programme.id === programmeId),
    );
    const [only] = candidates;
    if (candidates.length === 1 && only) {
      const options: WithdrawOptions = { programmeId: only.programme.id, programmeName: only.programme.name };
      await dc.beginDialog(WITHDRAW_DIALOG, options);
      return;
    }
    if (candidates.length === 0) {
      // A pair, once formed, is ended by the programme admin, not by withdrawing.
      const paired = all.find(
        (entry) =>
          entry.application.status === 'paired' &&
          (programmeId === undefined || entry.programme.id === programmeId),
      );
      if (paired) {
        await dc.context.sendActivity(
          fill(messages.signUp.errors.alreadyPaired, { programme: paired.programme.name }),
        );
        return;
      }
      await dc.context.sendActivity(messages.signUp.withdraw.none);
      return;
    }
    await this.showProfile(dc.context, caller, messages, messages.signUp.withdraw.which);
  }
}

function isPersonalChat(activity: Activity): boolean {
  const scope = activity.conversation?.conversationType;
  return scope !== 'channel' && scope !== 'groupChat';
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
