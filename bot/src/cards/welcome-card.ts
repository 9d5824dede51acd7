import type { BotMessages } from '../i18n';
import {
  type AdaptiveCard,
  adaptiveCard,
  bullets,
  heading,
  helpAction,
  joinAction,
  paragraph,
} from './adaptive-card';

export function welcomeCard(messages: BotMessages): AdaptiveCard {
  const m = messages.welcome;
  return adaptiveCard(
    [
      heading(m.title),
      paragraph(m.intro),
      paragraph(m.whatIDo, { weight: 'Bolder', spacing: 'Medium' }),
      bullets([m.signUp, m.reminders, m.feedback]),
      paragraph(m.charter, { isSubtle: true, spacing: 'Medium' }),
    ],
    [joinAction(messages.signUp.buttons.join), helpAction(messages.help.button)],
  );
}
