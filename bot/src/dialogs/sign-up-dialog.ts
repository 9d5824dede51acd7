import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStep,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  ApplicationRefusedError,
  myApplications,
  profileOf,
  submitApplication,
} from '../../../api/src/app/applications';
import type { Caller } from '../../../api/src/app/caller';
import type { Person } from '../../../api/src/app/ports/people';
import type { ApplicationProblem } from '../../../api/src/domain/application';
import { DomainError } from '../../../api/src/domain/errors';
import type { Programme } from '../../../api/src/domain/programme';
import { activityLocale, callerOf } from '../activity-reading';
import type { OpenProgramme } from '../cards/sign-up-start-card';
import type { EditableSection } from '../cards/summary-card';
import { type BotLanguage, type BotMessages, fill, languageOf, messagesFor } from '../i18n';
import { CANCELLED, CardPrompt, type CardPromptOptions, isCancelled } from './card-prompt';
import { readRefusal } from './refusal';
import {
  draftFromApplication,
  type SignUpDraft,
  sectionsToRevisit,
  toApplicationInput,
} from './sign-up-draft';
import { type SignUpFormDeps, type SignUpFormInput, signUpForms } from './sign-up-forms';
import { openProgrammesFor, profileFactsOf } from './sign-up-start';

export const SIGN_UP_DIALOG = 'signUp';
const FLOW = 'signUpFlow';
const CARD = 'signUpCard';

export interface SignUpOptions {
  /** Straight to this programme (the Edit button of “my profile”). */
  programmeId?: string;
  /** Going round again after the summary or a refusal: the answers so far and the parts to revisit. */
  draft?: SignUpDraft;
  only?: EditableSection[];
  errors?: string[];
  updating?: boolean;
}

interface FlowValues {
  draft: SignUpDraft;
  only?: EditableSection[];
  errors?: string[];
  /** Whether an application is being updated rather than sent for the first time. */
  updating: boolean;
  notice?: string;
}

/** Ends the flow as soon as a card was cancelled: the prompt has already said so. */
const unlessCancelled =
  (step: WaterfallStep): WaterfallStep =>
  async (context) =>
    isCancelled(context.result) ? context.endDialog(CANCELLED) : step(context);

/**
 * Sign-up in cards: programme (with the directory profile), role, skills with levels, goals,
 * availability and languages, charter and data use, summary; saved by `submitApplication`.
 */
export class SignUpDialog extends ComponentDialog<SignUpOptions> {
  constructor(private readonly deps: SignUpFormDeps) {
    super(SIGN_UP_DIALOG);
    this.addDialog(new CardPrompt<SignUpFormInput>(CARD, signUpForms(deps)));
    this.addDialog(
      new WaterfallDialog(
        FLOW,
        (
          [
            (step) => this.start(step),
            (step) => this.afterProgramme(step),
            (step) => this.keepThenAsk(step, 'skills'),
            (step) => this.keepThenAsk(step, 'goals'),
            (step) => this.keepThenAsk(step, 'availability'),
            (step) => this.keepThenAsk(step, 'consent'),
            (step) => this.keepThenAsk(step, 'summary'),
            (step) => this.afterSummary(step),
            (step) => this.afterChooser(step),
          ] satisfies WaterfallStep[]
        ).map(unlessCancelled),
      ),
    );
    this.initialDialogId = FLOW;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as SignUpOptions;
    const values = step.values as FlowValues;
    if (options.draft) {
      Object.assign(values, {
        draft: options.draft,
        updating: options.updating === true,
        only: options.only,
        errors: options.errors ?? [],
      });
      return step.next();
    }
    const { messages, caller } = this.turn(step.context);
    let person: Person;
    try {
      person = await profileOf(this.deps.applications, caller);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await step.context.sendActivity(messages.signUp.notInDirectory);
      return step.endDialog();
    }
    const open = await openProgrammesFor(this.deps.applications, caller, person);
    const programmes = options.programmeId ? open.filter((p) => p.id === options.programmeId) : open;
    if (programmes.length === 0) {
      const closed = options.programmeId
        ? await this.deps.applications.programmes.get(caller.tenantId, options.programmeId)
        : undefined;
      await step.context.sendActivity(
        closed
          ? fill(messages.signUp.programmeClosed, { programme: closed.name })
          : messages.signUp.noOpenProgramme,
      );
      return step.endDialog();
    }
    const language = languageOf(person.preferredLanguage ?? activityLocale(step.context.activity));
    Object.assign(values, { draft: { languages: [language] }, updating: false });
    const input: SignUpFormInput = {
      draft: values.draft,
      profile: await profileFactsOf(this.deps.applications, person),
      programmes: programmes.map(
        (p): OpenProgramme => ({ id: p.id, name: p.name, description: p.description }),
      ),
    };
    return step.beginDialog(CARD, { form: 'programme', input } satisfies CardPromptOptions<SignUpFormInput>);
  }

  /** Signing up again for the same programme starts from the existing application. */
  private async afterProgramme(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as FlowValues;
    const chosen = step.result as { programmeId?: string } | undefined;
    if (chosen?.programmeId) {
      const { messages, caller, language } = this.turn(step.context);
      const existing = (await myApplications(this.deps.applications, caller)).find(
        (application) => application.programmeId === chosen.programmeId,
      );
      if (existing?.status === 'paired') {
        const programme = await this.programme(chosen.programmeId);
        await step.context.sendActivity(
          fill(messages.signUp.errors.alreadyPaired, { programme: programme.name }),
        );
        return step.endDialog();
      }
      if (existing) {
        values.draft = draftFromApplication(existing);
        values.updating = existing.status !== 'withdrawn';
        if (values.updating) {
          values.notice = fill(messages.signUp.start.alreadyApplied, {
            role: messages.review.roles[existing.role],
            status: messages.signUp.profile.statuses[existing.status],
          });
        }
      } else {
        values.draft = { languages: values.draft.languages ?? [language], programmeId: chosen.programmeId };
      }
    }
    return this.ask(step, 'role');
  }

  /** Keeps the last card's answers, then asks the next part. */
  private keepThenAsk(
    step: WaterfallStepContext,
    form: EditableSection | 'summary',
  ): Promise<DialogTurnResult> {
    const values = step.values as FlowValues;
    if (step.result && typeof step.result === 'object') Object.assign(values.draft, step.result);
    return this.ask(step, form);
  }

  /** Shows the card of a part, unless going round again for other parts only. */
  private async ask(
    step: WaterfallStepContext,
    form: EditableSection | 'summary',
  ): Promise<DialogTurnResult> {
    const values = step.values as FlowValues;
    if (form !== 'summary' && values.only && !values.only.includes(form)) return step.next();
    const input: SignUpFormInput = {
      draft: values.draft,
      ...(form === 'role' && values.notice ? { notice: values.notice } : {}),
    };
    const errors = values.errors ?? [];
    values.errors = [];
    return step.beginDialog(CARD, { form, input, errors } satisfies CardPromptOptions<SignUpFormInput>);
  }

  private async afterSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { act } = step.result as { act: 'confirm' | 'edit' };
    if (act === 'edit')
      return step.beginDialog(CARD, { form: 'chooser', input: { draft: (step.values as FlowValues).draft } });
    return this.save(step);
  }

  private async afterChooser(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { section } = step.result as { section: EditableSection | null };
    const values = step.values as FlowValues;
    return step.replaceDialog(FLOW, {
      draft: values.draft,
      updating: values.updating,
      // Straight back to the summary when the person changed their mind about editing.
      only: section ? sectionsToRevisit(section) : [],
    } satisfies SignUpOptions);
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as FlowValues;
    const { messages, caller } = this.turn(step.context);
    const programmeId = values.draft.programmeId ?? '';
    const programme = await this.programme(programmeId);
    try {
      const saved = await submitApplication(
        this.deps.applications,
        caller,
        programmeId,
        toApplicationInput(values.draft),
        'bot',
      );
      const said = values.updating ? messages.signUp.saved.updated : messages.signUp.saved.created;
      await step.context.sendActivity(
        `${fill(said, { programme: programme.name, role: messages.review.roles[saved.role] })} ${messages.signUp.saved.next}`,
      );
      return step.endDialog(saved.id);
    } catch (error) {
      if (error instanceof ApplicationRefusedError) return this.refused(step, programme, error.problems);
      if (error instanceof DomainError && error.code === 'already_paired') {
        await step.context.sendActivity(
          fill(messages.signUp.errors.alreadyPaired, { programme: programme.name }),
        );
        return step.endDialog();
      }
      throw error;
    }
  }

  /** The domain's last word: back to the parts it refused, with its reasons, or the end if it is closed to them. */
  private async refused(
    step: WaterfallStepContext,
    programme: Programme,
    problems: ApplicationProblem[],
  ): Promise<DialogTurnResult> {
    const { messages, language } = this.turn(step.context);
    const reading = readRefusal(problems, programme, messages.signUp, language);
    if (reading.kind === 'closed') {
      await step.context.sendActivity(reading.message);
      return step.endDialog();
    }
    const values = step.values as FlowValues;
    return step.replaceDialog(FLOW, {
      draft: values.draft,
      updating: values.updating,
      only: reading.sections,
      errors: reading.errors,
    } satisfies SignUpOptions);
  }

  private turn(context: TurnContext): { messages: BotMessages; caller: Caller; language: BotLanguage } {
    const caller = callerOf(context.activity, this.deps.tenantId);
    // The router only starts this dialog for messages that name their sender.
    if (!caller) throw new Error('sign-up needs a sender with an Entra object id');
    const locale = activityLocale(context.activity);
    return { messages: messagesFor(locale), caller, language: languageOf(locale) };
  }

  private async programme(programmeId: string): Promise<Programme> {
    const programme = await this.deps.applications.programmes.get(this.deps.tenantId, programmeId);
    if (!programme) throw new Error(`programme ${programmeId} is gone`);
    return programme;
  }
}
