import {
  ComponentDialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { withdrawApplication } from '../../../api/src/app/applications';
import { DomainError } from '../../../api/src/domain/errors';
import { activityLocale, callerOf } from '../activity-reading';
import { withdrawCard } from '../cards/profile-card';
import { fill, messagesFor } from '../i18n';
import { CardPrompt, type CardPromptOptions } from './card-prompt';
import type { SignUpFormDeps } from './sign-up-forms';

export const WITHDRAW_DIALOG = 'withdraw';
const FLOW = 'withdrawFlow';
const CARD = 'withdrawCard';

export interface WithdrawOptions {
  programmeId: string;
  programmeName: string;
}

/** Asks before withdrawing an application, then lets `withdrawApplication` decide. */
export class WithdrawDialog extends ComponentDialog<WithdrawOptions> {
  constructor(private readonly deps: SignUpFormDeps) {
    super(WITHDRAW_DIALOG);
    this.addDialog(
      new CardPrompt<WithdrawOptions>(CARD, {
        confirm: {
          initial: async () => ({}),
          render: async (context, input, { cardId }) => {
            const messages = messagesFor(activityLocale(context.activity));
            const question = fill(messages.signUp.withdraw.question, { programme: input.programmeName });
            return withdrawCard(messages, { cardId, question });
          },
          read: async (_, __, { act }) =>
            act === 'confirm' || act === 'keep' ? { ok: true, value: act } : { ok: false, errors: [] },
        },
      }),
    );
    this.addDialog(new WaterfallDialog(FLOW, [(step) => this.ask(step), (step) => this.decide(step)]));
    this.initialDialogId = FLOW;
  }

  private ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(CARD, {
      form: 'confirm',
      input: step.options as WithdrawOptions,
    } satisfies CardPromptOptions<WithdrawOptions>);
  }

  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const messages = messagesFor(activityLocale(step.context.activity)).signUp;
    const options = step.options as WithdrawOptions;
    const caller = callerOf(step.context.activity, this.deps.tenantId);
    if (step.result !== 'confirm' || !caller) {
      await step.context.sendActivity(messages.withdraw.kept);
      return step.endDialog();
    }
    try {
      await withdrawApplication(this.deps.applications, caller, options.programmeId);
      await step.context.sendActivity(fill(messages.withdraw.done, { programme: options.programmeName }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const said: Record<string, string> = {
        already_paired: messages.errors.alreadyPaired,
        no_application: messages.errors.noApplication,
      };
      await step.context.sendActivity(
        fill(said[error.code] ?? error.message, { programme: options.programmeName }),
      );
    }
    return step.endDialog();
  }
}
