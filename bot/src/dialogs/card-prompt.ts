import { randomUUID } from 'node:crypto';
import { CardFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { activityLocale } from '../activity-reading';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { RawValues } from '../cards/form-inputs';
import { messagesFor } from '../i18n';

export type ReadResult<T = unknown> = { ok: true; value: T } | { ok: false; errors: string[] };

/** One card of a form: how to show it and how to read what comes back. */
export interface CardForm<I> {
  /** The inputs as first shown, from the answers given so far. */
  initial(context: TurnContext, input: I): Promise<RawValues>;
  render(
    context: TurnContext,
    input: I,
    frame: { cardId: string; values: RawValues; errors: string[] },
  ): Promise<AdaptiveCard>;
  /** Validates a submission; the errors are sentences for the person, in their language. */
  read(context: TurnContext, input: I, submitted: { act: string; values: RawValues }): Promise<ReadResult>;
}

export interface CardPromptOptions<I> {
  form: string;
  input: I;
  /** Reasons to show from the start, when the answers were refused after the card was left. */
  errors?: string[];
}

/** What a prompt ended with when the person pressed Cancel; survives the JSON round trip of the state. */
export const CANCELLED = { cancelled: true } as const;
export const isCancelled = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && (result as { cancelled?: unknown }).cancelled === true;

interface PromptState<I> {
  options: CardPromptOptions<I>;
  cardId: string;
  values: RawValues;
  errors: string[];
}

/** The form fields of a card submission: Teams sends every input as a string. */
export function submittedFields(value: unknown): { card?: string; act?: string; values: RawValues } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { values: {} };
  const values: RawValues = {};
  let card: string | undefined;
  let act: string | undefined;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'card' && typeof field === 'string') card = field;
    else if (key === 'act' && typeof field === 'string') act = field;
    else if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
      values[key] = String(field);
  }
  return { ...(card ? { card } : {}), ...(act ? { act } : {}), values };
}

/**
 * Waits for the submission of one Adaptive Card. A refused submission brings the same card back
 * with the inputs kept and the reasons on top; typed text and buttons of older cards bring the
 * current card back; Cancel ends with `CANCELLED`.
 */
export class CardPrompt<I> extends Dialog<CardPromptOptions<I>> {
  constructor(
    id: string,
    private readonly forms: Record<string, CardForm<I>>,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: CardPromptOptions<I>): Promise<DialogTurnResult> {
    if (!options) throw new Error(`${this.id} needs the form to show`);
    const form = this.formOf(options.form);
    const state: PromptState<I> = {
      options,
      // Short and random: enough to tell this card from any earlier one in the conversation.
      cardId: randomUUID().slice(0, 8),
      values: await form.initial(dc.context, options.input),
      errors: options.errors ?? [],
    };
    Object.assign(dc.activeDialog!.state, state);
    await this.send(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as PromptState<I>;
    const messages = messagesFor(activityLocale(activity)).signUp;
    const submitted = submittedFields(activity.value);
    if (!submitted.card) {
      await dc.context.sendActivity(messages.useTheCard);
      await this.send(dc.context, state);
      return Dialog.EndOfTurn;
    }
    if (submitted.card !== state.cardId) {
      await dc.context.sendActivity(messages.staleCard);
      await this.send(dc.context, state);
      return Dialog.EndOfTurn;
    }
    if (submitted.act === 'cancel') {
      await dc.context.sendActivity(messages.cancelled);
      return dc.endDialog(CANCELLED);
    }
    const form = this.formOf(state.options.form);
    const read = await form.read(dc.context, state.options.input, {
      act: submitted.act ?? 'next',
      values: submitted.values,
    });
    if (read.ok) return dc.endDialog(read.value);
    state.values = submitted.values;
    state.errors = read.errors;
    await this.send(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.send(context, instance.state as PromptState<I>);
  }

  private formOf(name: string): CardForm<I> {
    const form = this.forms[name];
    if (!form) throw new Error(`${this.id} has no form named ${name}`);
    return form;
  }

  private async send(context: TurnContext, state: PromptState<I>): Promise<void> {
    const card = await this.formOf(state.options.form).render(context, state.options.input, state);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }
}
