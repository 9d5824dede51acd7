import type { BotMessages } from '../i18n';
import { type AdaptiveCard, adaptiveCard, paragraph } from './adaptive-card';
import { type ApplicationView, applicationFacts } from './application-facts';
import { choiceSet, factSet, type RawValues, stepHeader, submit } from './form-inputs';

export const EDITABLE_SECTIONS = ['role', 'skills', 'goals', 'availability', 'consent'] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];

interface FormView {
  cardId: string;
  errors: string[];
  progress: { step: number; total: number };
}

/** The last step: everything at a glance, then Confirm or Edit. */
export function summaryCard(
  messages: BotMessages,
  view: FormView & { application: ApplicationView },
): AdaptiveCard {
  const m = messages.signUp;
  return adaptiveCard(
    [
      ...stepHeader(m, m.summary.title, view.progress, view.errors),
      paragraph(m.summary.intro),
      factSet([...applicationFacts(messages, view.application), [m.summary.charter, m.summary.accepted]]),
    ],
    [
      submit(m.buttons.confirm, { card: view.cardId, act: 'confirm' }, { style: 'positive' }),
      submit(m.buttons.edit, { card: view.cardId, act: 'edit' }),
      submit(m.buttons.cancel, { card: view.cardId, act: 'cancel' }),
    ],
  );
}

/** Which part of the application to change from the summary. */
export function chooserCard(messages: BotMessages, view: FormView & { values: RawValues }): AdaptiveCard {
  const m = messages.signUp;
  return adaptiveCard(
    [
      ...stepHeader(m, m.chooser.title, view.progress, view.errors),
      choiceSet(
        'section',
        m.chooser.question,
        EDITABLE_SECTIONS.map((section) => ({ title: m.chooser.sections[section], value: section })),
        { value: view.values.section, required: m.chooser.question },
      ),
    ],
    [
      submit(m.buttons.edit, { card: view.cardId, act: 'next' }, { style: 'positive' }),
      submit(m.buttons.backToSummary, { card: view.cardId, act: 'back' }, { withInputs: false }),
      submit(m.buttons.cancel, { card: view.cardId, act: 'cancel' }, { withInputs: false }),
    ],
  );
}
