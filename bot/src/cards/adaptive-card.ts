/** Teams renders Adaptive Cards up to 1.5; newer elements would show as an error card. */
export const ADAPTIVE_CARD_VERSION = '1.5';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof ADAPTIVE_CARD_VERSION;
  body: CardElement[];
  actions?: CardElement[];
}

export function adaptiveCard(body: CardElement[], actions?: CardElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
  };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' };
}

export function paragraph(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/** A bulleted list as one TextBlock: Teams renders its Markdown list syntax. */
export function bullets(items: string[]): CardElement {
  return {
    type: 'TextBlock',
    text: items.map((item) => `- ${item}`).join('\r'),
    wrap: true,
    spacing: 'Small',
  };
}

/**
 * The help button: Teams (and the Agents Playground) send the data back as the message's `value`.
 * A `msteams.messageBack` variant would also echo text, but the Playground ignores such buttons.
 */
export function helpAction(title: string): CardElement {
  return {
    type: 'Action.Submit',
    title,
    data: { action: 'help' },
  };
}

/** Starts the sign-up, like typing “join”. */
export function joinAction(title: string): CardElement {
  return { type: 'Action.Submit', title, style: 'positive', data: { action: 'join' } };
}
