import {
  ComponentDialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { z } from 'zod';
import type { SessionDeps } from '../../../api/src/app/session-booking';
import { cancelSession } from '../../../api/src/app/sessions';
import { activityLocale, callerOf } from '../activity-reading';
import { CANCEL_MESSAGE_MAX, cancelSessionCard } from '../cards/sessions-card';
import { fill, languageOf, messagesFor } from '../i18n';
import { CardPrompt, type CardPromptOptions, type ReadResult } from './card-prompt';
import { type SessionSummary, sessionWords } from './my-sessions';
import { sessionErrorText } from './session-errors';

export const CANCEL_SESSION_DIALOG = 'cancelSession';
const FLOW = 'cancelSessionFlow';
const CARD = 'cancelSessionCard';

export interface SessionCommandDeps {
  tenantId: string;
  sessions: SessionDeps;
}

export type CancelSessionOptions = SessionSummary;

/** The same rule as the API's cancel body: a message for the other person, at most 1,000 characters. */
const cancelMessage = z.string().trim().min(1).max(CANCEL_MESSAGE_MAX);

type Answer = { keep: true } | { message: string };

/** Asks for the word Outlook sends with the cancellation, then lets `cancelSession` decide. */
export class CancelSessionDialog extends ComponentDialog<CancelSessionOptions> {
  constructor(private readonly deps: SessionCommandDeps) {
    super(CANCEL_SESSION_DIALOG);
    this.addDialog(
      new CardPrompt<CancelSessionOptions>(CARD, {
        message: {
          initial: async () => ({}),
          render: async (context, input, { cardId, values, errors }) => {
            const locale = activityLocale(context.activity);
            const messages = messagesFor(locale);
            const words = sessionWords(input, languageOf(locale), messages);
            return cancelSessionCard(messages, {
              cardId,
              title: fill(messages.sessions.cancel.title, words),
              intro: fill(messages.sessions.cancel.intro, words),
              partner: input.partner,
              values,
              errors,
            });
          },
          read: async (context, input, { act, values }): Promise<ReadResult<Answer>> => {
            if (act === 'keep') return { ok: true, value: { keep: true } };
            const m = messagesFor(activityLocale(context.activity)).sessions.cancel;
            const parsed = cancelMessage.safeParse(values.message ?? '');
            if (parsed.success) return { ok: true, value: { message: parsed.data } };
            const tooLong = (values.message ?? '').trim().length > CANCEL_MESSAGE_MAX;
            return {
              ok: false,
              errors: [tooLong ? m.messageTooLong : fill(m.messageRequired, { partner: input.partner })],
            };
          },
        },
      }),
    );
    this.addDialog(new WaterfallDialog(FLOW, [(step) => this.ask(step), (step) => this.decide(step)]));
    this.initialDialogId = FLOW;
  }

  private ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(CARD, {
      form: 'message',
      input: step.options as CancelSessionOptions,
    } satisfies CardPromptOptions<CancelSessionOptions>);
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const messages = messagesFor(activityLocale(step.context.activity));
    const options = step.options as CancelSessionOptions;
    const answer = step.result as Answer | undefined;
    const caller = callerOf(step.context.activity, this.deps.tenantId);
    if (!answer || !('message' in answer) || !caller) {
      await step.context.sendActivity(messages.sessions.cancel.kept);
      return step.endDialog();
    }
    let said: string;
    try {
      await cancelSession(this.deps.sessions, caller, options.sessionId, { message: answer.message });
      said = fill(messages.sessions.cancel.done, {
        number: options.number,
        of: options.of,
        partner: options.partner,
      });
    } catch (error) {
      said = sessionErrorText(error, messages, options);
    }
    await step.context.sendActivity(said);
    return step.endDialog();
  }
}
