import type { ApplicationStatus } from '../../../api/src/domain/application';
import type { BotMessages } from '../i18n';
import { type AdaptiveCard, adaptiveCard, type CardElement, heading, paragraph } from './adaptive-card';
import { type ApplicationView, applicationFacts } from './application-facts';
import { factSet, submit } from './form-inputs';

export interface ProfileEntry {
  programmeId: string;
  application: ApplicationView;
  status: ApplicationStatus;
  reviewMessage: string | null;
  canEdit: boolean;
  canWithdraw: boolean;
}

/** “My profile”: every application with its status, and buttons to edit or withdraw it. */
export function profileCard(messages: BotMessages, entries: ProfileEntry[], intro?: string): AdaptiveCard {
  const m = messages.signUp;
  const body: CardElement[] = [heading(m.profile.title)];
  if (intro) body.push(paragraph(intro));
  if (entries.length === 0) {
    body.push(paragraph(m.profile.none));
    return adaptiveCard(body, [submit(m.buttons.join, { action: 'join' })]);
  }
  for (const entry of entries) {
    const items: CardElement[] = [
      paragraph(entry.application.programmeName, { weight: 'Bolder', size: 'Medium' }),
      factSet([
        [m.profile.status, m.profile.statuses[entry.status]],
        ...applicationFacts(messages, entry.application).slice(1),
      ]),
    ];
    if (entry.reviewMessage) {
      items.push(paragraph(m.profile.reviewMessage, { weight: 'Bolder', spacing: 'Small' }));
      items.push(paragraph(entry.reviewMessage, { isSubtle: true }));
    }
    const actions = [
      ...(entry.canEdit ? [submit(m.buttons.edit, { action: 'edit', programmeId: entry.programmeId })] : []),
      ...(entry.canWithdraw
        ? [
            submit(
              m.buttons.withdraw,
              { action: 'withdraw', programmeId: entry.programmeId },
              { style: 'destructive' },
            ),
          ]
        : []),
    ];
    if (actions.length > 0) items.push({ type: 'ActionSet', actions });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items });
  }
  return adaptiveCard(body);
}

/** Asks before withdrawing: the buttons carry the card id, so an old copy cannot withdraw later. */
export function withdrawCard(
  messages: BotMessages,
  view: { cardId: string; question: string },
): AdaptiveCard {
  const m = messages.signUp.withdraw;
  return adaptiveCard(
    [heading(m.title), paragraph(view.question)],
    [
      submit(m.yes, { card: view.cardId, act: 'confirm' }, { style: 'destructive' }),
      submit(m.no, { card: view.cardId, act: 'keep' }),
    ],
  );
}
