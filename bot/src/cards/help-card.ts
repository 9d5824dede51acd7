import type { BotMessages } from '../i18n';
import { type AdaptiveCard, adaptiveCard, bullets, heading, joinAction, paragraph } from './adaptive-card';

export function helpCard(messages: BotMessages): AdaptiveCard {
  const m = messages.help;
  return adaptiveCard(
    [
      heading(m.title),
      paragraph(m.intro),
      paragraph(m.youCanSay, { weight: 'Bolder', spacing: 'Medium' }),
      {
        type: 'FactSet',
        facts: m.commands.map((command) => ({ title: command.say, value: command.does })),
      },
      paragraph(m.iWillSend, { weight: 'Bolder', spacing: 'Medium' }),
      bullets([m.reminders, m.feedback]),
    ],
    [joinAction(messages.signUp.buttons.join)],
  );
}
