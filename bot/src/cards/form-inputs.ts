import { fill } from '../i18n';
import type { SignUpMessages } from '../i18n/sign-up-messages';
import { type CardElement, heading, paragraph } from './adaptive-card';

/**
 * What a form card's buttons send back besides its inputs: which card (so a button of an older card
 * is recognised) and what the button does. Teams merges the inputs into this object.
 */
export interface FormData {
  card: string;
  act: string;
  [extra: string]: string;
}

/** Raw input values as the card shows them and Teams sends them back: strings, lists comma-separated. */
export type RawValues = Record<string, string>;

export interface Choice {
  title: string;
  value: string;
}

export function submit(
  title: string,
  data: FormData | Record<string, string>,
  options: { style?: 'positive' | 'destructive'; withInputs?: boolean } = {},
): CardElement {
  return {
    type: 'Action.Submit',
    title,
    data,
    ...(options.style ? { style: options.style } : {}),
    // Cancel and similar buttons must work even when required inputs are still empty.
    ...(options.withInputs === false ? { associatedInputs: 'none' } : {}),
  };
}

export function choiceSet(
  id: string,
  label: string,
  choices: Choice[],
  options: {
    value?: string | undefined;
    multiSelect?: boolean;
    style?: 'compact' | 'expanded';
    placeholder?: string;
    required?: string;
  } = {},
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices,
    style: options.style ?? 'expanded',
    isMultiSelect: options.multiSelect ?? false,
    wrap: true,
    ...(options.value ? { value: options.value } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.required } : {}),
  };
}

export function toggle(id: string, title: string, on: boolean, required?: string): CardElement {
  return {
    type: 'Input.Toggle',
    id,
    title,
    value: on ? 'true' : 'false',
    valueOn: 'true',
    valueOff: 'false',
    wrap: true,
    ...(required ? { isRequired: true, errorMessage: required } : {}),
  };
}

export function textInput(
  id: string,
  label: string,
  options: {
    value?: string | undefined;
    placeholder?: string;
    maxLength?: number;
    multiline?: boolean;
    required?: string;
  },
): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: options.multiline ?? false,
    ...(options.value ? { value: options.value } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.required } : {}),
  };
}

export function factSet(facts: [string, string][]): CardElement {
  return { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) };
}

/** The top of every step card: title, progress and, after a refused answer, what to fix. */
export function stepHeader(
  messages: SignUpMessages,
  title: string,
  progress: { step: number; total: number },
  errors: string[],
): CardElement[] {
  const header = [
    heading(title),
    paragraph(fill(messages.stepOf, progress), { isSubtle: true, spacing: 'None', size: 'Small' }),
  ];
  if (errors.length > 0) {
    header.push(
      paragraph([messages.errorIntro, ...errors.map((error) => `- ${error}`)].join('\r'), {
        color: 'Attention',
        weight: 'Bolder',
        spacing: 'Medium',
      }),
    );
  }
  return header;
}

/** Next (sends the inputs) and Cancel (does not need them). */
export function stepActions(
  messages: SignUpMessages,
  cardId: string,
  next = messages.buttons.next,
): CardElement[] {
  return [
    submit(next, { card: cardId, act: 'next' }, { style: 'positive' }),
    submit(messages.buttons.cancel, { card: cardId, act: 'cancel' }, { withInputs: false }),
  ];
}

export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
