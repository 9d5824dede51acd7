import { DAYPARTS, type ParticipantRole, WEEKDAYS } from '../../../api/src/domain/application';
import type { SignUpMessages } from '../i18n/sign-up-messages';
import { type AdaptiveCard, adaptiveCard, paragraph } from './adaptive-card';
import { choiceSet, type RawValues, stepActions, stepHeader, textInput, toggle } from './form-inputs';

export interface StepCardView {
  cardId: string;
  values: RawValues;
  errors: string[];
  progress: { step: number; total: number };
}

/** The input ids of one catalogue skill on the skills card. */
export const skillInputIds = (skillId: string) => ({ chosen: `skill_${skillId}`, level: `level_${skillId}` });

export const GOALS_MAX_LENGTH = 2000;

export function roleCard(messages: SignUpMessages, view: StepCardView & { notice?: string }): AdaptiveCard {
  const m = messages.role;
  return adaptiveCard(
    [
      ...stepHeader(messages, m.title, view.progress, view.errors),
      ...(view.notice ? [paragraph(view.notice, { isSubtle: true })] : []),
      choiceSet(
        'role',
        m.question,
        [
          { title: m.mentor, value: 'mentor' },
          { title: m.mentee, value: 'mentee' },
        ],
        { value: view.values.role, required: messages.errors.chooseRole },
      ),
    ],
    stepActions(messages, view.cardId),
  );
}

/** One row per catalogue skill: a tick and a level from 1 to 5. */
export function skillsCard(
  messages: SignUpMessages,
  view: StepCardView & { role: ParticipantRole; skills: { id: string; label: string }[] },
): AdaptiveCard {
  const m = messages.skills;
  const levels = m.levels.map((title, index) => ({ title, value: String(index + 1) }));
  const rows = view.skills.map((skill) => {
    const ids = skillInputIds(skill.id);
    return {
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          verticalContentAlignment: 'Center',
          items: [toggle(ids.chosen, skill.label, view.values[ids.chosen] === 'true')],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [
            choiceSet(ids.level, '', levels, {
              style: 'compact',
              placeholder: m.level,
              value: view.values[ids.level],
            }),
          ],
        },
      ],
    };
  });
  const mentor = view.role === 'mentor';
  return adaptiveCard(
    [
      ...stepHeader(messages, mentor ? m.titleMentor : m.titleMentee, view.progress, view.errors),
      paragraph(mentor ? m.introMentor : m.introMentee),
      ...rows,
    ],
    stepActions(messages, view.cardId),
  );
}

export function goalsCard(messages: SignUpMessages, view: StepCardView): AdaptiveCard {
  const m = messages.goals;
  return adaptiveCard(
    [
      ...stepHeader(messages, m.title, view.progress, view.errors),
      textInput('goals', m.question, {
        value: view.values.goals,
        placeholder: m.placeholder,
        maxLength: GOALS_MAX_LENGTH,
        multiline: true,
      }),
    ],
    stepActions(messages, view.cardId),
  );
}

/** Days, dayparts and languages; mentors also say how many mentees they can take. */
export function availabilityCard(
  messages: SignUpMessages,
  view: StepCardView & { role: ParticipantRole; maxCapacity: number },
): AdaptiveCard {
  const m = messages.availability;
  const body = [
    ...stepHeader(messages, m.title, view.progress, view.errors),
    choiceSet(
      'days',
      m.days,
      WEEKDAYS.map((day) => ({ title: m.weekdays[day], value: day })),
      { value: view.values.days, multiSelect: true, required: messages.errors.noDay },
    ),
    choiceSet(
      'dayparts',
      m.dayparts,
      DAYPARTS.map((part) => ({ title: m.daypartNames[part], value: part })),
      { value: view.values.dayparts, multiSelect: true, required: messages.errors.noDaypart },
    ),
    choiceSet(
      'languages',
      m.languages,
      [
        { title: m.languageNames.fr, value: 'fr' },
        { title: m.languageNames.en, value: 'en' },
      ],
      { value: view.values.languages, multiSelect: true, required: messages.errors.noLanguage },
    ),
  ];
  if (view.role === 'mentor') {
    body.push(
      choiceSet(
        'capacity',
        m.capacity,
        Array.from({ length: view.maxCapacity }, (_, index) => ({
          title: String(index + 1),
          value: String(index + 1),
        })),
        { value: view.values.capacity, style: 'compact' },
      ),
    );
  }
  return adaptiveCard(body, stepActions(messages, view.cardId));
}
