import { fill } from '../i18n';
import type { SignUpMessages } from '../i18n/sign-up-messages';
import { type AdaptiveCard, adaptiveCard, bullets, paragraph } from './adaptive-card';
import { stepActions, stepHeader, toggle } from './form-inputs';
import type { StepCardView } from './sign-up-step-cards';

/** The programme's trust charter and the data-use notice, each accepted on its own. */
export function consentCard(
  messages: SignUpMessages,
  view: StepCardView & { charter: string; privacyUrl: string },
): AdaptiveCard {
  const m = messages.consent;
  const charterLines = view.charter
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return adaptiveCard(
    [
      ...stepHeader(messages, m.title, view.progress, view.errors),
      paragraph(m.charterHeading, { weight: 'Bolder', spacing: 'Medium' }),
      bullets(charterLines),
      toggle(
        'charterAccepted',
        m.acceptCharter,
        view.values.charterAccepted === 'true',
        messages.errors.charter,
      ),
      paragraph(m.dataUseHeading, { weight: 'Bolder', spacing: 'Large' }),
      bullets(m.dataUse),
      paragraph(fill(m.privacyLink, { url: view.privacyUrl }), { spacing: 'Small' }),
      toggle(
        'dataUseAccepted',
        m.acceptDataUse,
        view.values.dataUseAccepted === 'true',
        messages.errors.dataUse,
      ),
    ],
    stepActions(messages, view.cardId),
  );
}
