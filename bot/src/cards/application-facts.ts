import type { Daypart, ParticipantRole, Weekday } from '../../../api/src/domain/application';
import type { BotMessages } from '../i18n';

/** An application as the person reads it: localised skill labels, nothing left as an id. */
export interface ApplicationView {
  programmeName: string;
  role: ParticipantRole;
  skills: { label: string; level: number }[];
  goals: string;
  availability: { days: Weekday[]; dayparts: Daypart[] };
  languages: ('fr' | 'en')[];
  capacity: number;
}

/** The facts shared by the summary card and the profile card. */
export function applicationFacts(messages: BotMessages, view: ApplicationView): [string, string][] {
  const s = messages.signUp.summary;
  const a = messages.signUp.availability;
  const orNone = (items: string[]) => (items.length > 0 ? items.join(', ') : s.none);
  const facts: [string, string][] = [
    [s.programme, view.programmeName],
    [s.role, messages.review.roles[view.role]],
    [s.skills, orNone(view.skills.map((skill) => `${skill.label} (${skill.level}/5)`))],
    [s.goals, view.goals.trim() || s.none],
    [
      s.availability,
      orNone([
        ...view.availability.days.map((day) => a.weekdays[day]),
        ...view.availability.dayparts.map((part) => a.daypartNames[part].toLowerCase()),
      ]),
    ],
    [s.languages, orNone(view.languages.map((language) => a.languageNames[language]))],
  ];
  if (view.role === 'mentor') facts.push([s.capacity, String(view.capacity)]);
  return facts;
}
