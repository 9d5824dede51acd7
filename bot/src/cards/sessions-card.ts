import { type BotMessages, fill } from '../i18n';
import { type AdaptiveCard, adaptiveCard, type CardElement, heading, paragraph } from './adaptive-card';
import { factSet, type RawValues, submit, textInput } from './form-inputs';

/** One session as “my sessions” shows it, already in the person's language and time zone. */
export interface SessionEntry {
  sessionId: string;
  /** “Session 2 of 6 · Hands-on workshop”. */
  heading: string;
  programmeName: string;
  when: string;
  partner: string;
  status: string;
  /** Why it needs a new time, or what happened to it; `attention` when the person may want to act. */
  note?: { text: string; attention: boolean } | undefined;
  joinUrl?: string | undefined;
  canReschedule: boolean;
  canCancel: boolean;
}

/** The longest cancellation message Outlook is sent (the API's limit). */
export const CANCEL_MESSAGE_MAX = 1000;

/** “My sessions”: the next few sessions with a way to join, move or cancel each, then how many follow. */
export function sessionsCard(messages: BotMessages, entries: SessionEntry[], more: number): AdaptiveCard {
  const m = messages.sessions;
  const body: CardElement[] = [heading(m.title)];
  for (const entry of entries) {
    const items: CardElement[] = [
      paragraph(entry.heading, { weight: 'Bolder', size: 'Medium' }),
      paragraph(entry.programmeName, { isSubtle: true, spacing: 'None', size: 'Small' }),
      factSet([
        [m.when, entry.when],
        [m.partner, entry.partner],
        [m.status, entry.status],
      ]),
    ];
    if (entry.note) {
      items.push(
        paragraph(entry.note.text, {
          spacing: 'Small',
          ...(entry.note.attention ? { color: 'Attention' } : { isSubtle: true }),
        }),
      );
    }
    const actions: CardElement[] = [
      ...(entry.joinUrl ? [{ type: 'Action.OpenUrl', title: m.buttons.join, url: entry.joinUrl }] : []),
      ...(entry.canReschedule
        ? [submit(m.buttons.reschedule, { action: 'reschedule', sessionId: entry.sessionId })]
        : []),
      ...(entry.canCancel
        ? [
            submit(
              m.buttons.cancel,
              { action: 'cancelSession', sessionId: entry.sessionId },
              { style: 'destructive' },
            ),
          ]
        : []),
    ];
    if (actions.length > 0) items.push({ type: 'ActionSet', actions });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items });
  }
  if (more > 0) {
    body.push(paragraph(more === 1 ? m.moreOne : fill(m.moreMany, { count: more }), { spacing: 'Medium' }));
  }
  body.push(paragraph(m.inOutlook, { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return adaptiveCard(body);
}

/**
 * Asks for the word Outlook sends with a cancellation. The buttons carry the card id, so an old
 * copy of the card cannot cancel later; Teams checks the message is there, and so do we.
 */
export function cancelSessionCard(
  messages: BotMessages,
  view: {
    cardId: string;
    title: string;
    intro: string;
    partner: string;
    values: RawValues;
    errors: string[];
  },
): AdaptiveCard {
  const m = messages.sessions.cancel;
  const body: CardElement[] = [heading(view.title), paragraph(view.intro)];
  if (view.errors.length > 0) {
    body.push(paragraph(view.errors.join('\r'), { color: 'Attention', weight: 'Bolder', spacing: 'Medium' }));
  }
  body.push(
    textInput('message', fill(m.messageLabel, { partner: view.partner }), {
      value: view.values.message,
      placeholder: m.placeholder,
      maxLength: CANCEL_MESSAGE_MAX,
      multiline: true,
      required: fill(m.messageRequired, { partner: view.partner }),
    }),
  );
  return adaptiveCard(body, [
    submit(m.confirm, { card: view.cardId, act: 'confirm' }, { style: 'destructive' }),
    submit(m.keep, { card: view.cardId, act: 'keep' }, { withInputs: false }),
  ]);
}
