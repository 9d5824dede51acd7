import type { SurveyInvitation, SurveyRecord } from '../../../api/src/app/ports/feedback';
import { type BotLanguage, type BotMessages, fill } from '../i18n';
import { type AdaptiveCard, adaptiveCard, type CardElement, heading, paragraph } from './adaptive-card';
import { errorBlock, FEEDBACK_TEXT_MAX } from './feedback-card';
import { choiceSet, factSet, type RawValues, submit, textInput, toggle } from './form-inputs';

/** The input holding the level given now to one of the sign-up skills. */
export const surveySkillInput = (skillId: string) => `skill_${skillId}`;

/** The NPS scale: 0 to 10. */
export const NPS_SCORES = Array.from({ length: 11 }, (_, score) => score);

export interface SurveyCardView {
  language: BotLanguage;
  /** The closing date, already in words. */
  closes: string;
  values: RawValues;
  errors: string[];
}

/**
 * One survey: the post-programme self-assessment rates each sign-up skill again (its level then
 * shown beside it); the pulse and closing surveys ask satisfaction and the recommendation question.
 */
export function surveyCard(
  messages: BotMessages,
  invitation: Pick<SurveyInvitation, 'programmeId' | 'programmeName' | 'kind' | 'skills'>,
  view: SurveyCardView,
): AdaptiveCard {
  const m = messages.surveys;
  const { values } = view;
  const body: CardElement[] = [
    heading(fill(m.titles[invitation.kind], { programme: invitation.programmeName })),
    paragraph(m.intros[invitation.kind]),
    paragraph(fill(m.openUntil, { date: view.closes }), { isSubtle: true, spacing: 'None', size: 'Small' }),
    ...errorBlock(messages.signUp.errorIntro, view.errors),
  ];
  if (invitation.kind === 'post') {
    const levels = messages.signUp.skills.levels.map((title, index) => ({ title, value: String(index + 1) }));
    for (const skill of invitation.skills) {
      body.push({
        type: 'ColumnSet',
        spacing: 'Medium',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            verticalContentAlignment: 'Center',
            items: [
              paragraph(skill.label[view.language], { weight: 'Bolder' }),
              paragraph(
                skill.before === null ? m.notRatedAtSignUp : fill(m.atSignUp, { level: skill.before }),
                { isSubtle: true, spacing: 'None', size: 'Small' },
              ),
            ],
          },
          {
            type: 'Column',
            width: 'auto',
            items: [
              choiceSet(surveySkillInput(skill.skillId), '', levels, {
                style: 'compact',
                placeholder: m.levelNow,
                value: values[surveySkillInput(skill.skillId)],
                required: m.errors.skills,
              }),
            ],
          },
        ],
      });
    }
  } else {
    body.push(
      choiceSet(
        'satisfaction',
        m.satisfaction,
        m.satisfactionChoices.map((title, index) => ({ title, value: String(index + 1) })),
        { value: values.satisfaction, required: m.errors.satisfaction },
      ),
      choiceSet(
        'nps',
        m.nps,
        NPS_SCORES.map((score) => ({
          title: score === 0 ? `0 — ${m.npsLow}` : score === 10 ? `10 — ${m.npsHigh}` : String(score),
          value: String(score),
        })),
        { value: values.nps, style: 'compact', placeholder: '0–10', required: m.errors.nps },
      ),
    );
  }
  body.push(
    textInput('comment', m.comment, { value: values.comment, maxLength: FEEDBACK_TEXT_MAX, multiline: true }),
    toggle('private', m.private, values.private === 'true'),
  );
  return adaptiveCard(body, [
    submit(
      m.submit,
      { form: 'survey', programmeId: invitation.programmeId, kind: invitation.kind },
      { style: 'positive' },
    ),
  ]);
}

/** What replaces the survey card once answered: the answers and until when they can change. */
export function surveyDoneCard(
  messages: BotMessages,
  invitation: Pick<SurveyInvitation, 'programmeId' | 'programmeName' | 'kind' | 'skills'>,
  answer: Pick<SurveyRecord, 'skills' | 'satisfaction' | 'nps' | 'comment' | 'private'>,
  view: { language: BotLanguage; until: string },
): AdaptiveCard {
  const m = messages.surveys;
  const facts: [string, string][] = [];
  for (const skill of invitation.skills) {
    const now = answer.skills.find((s) => s.skillId === skill.skillId)?.level;
    if (now === undefined) continue;
    facts.push([
      skill.label[view.language],
      skill.before === null ? `${now}/5` : `${skill.before}/5 → ${now}/5`,
    ]);
  }
  if (answer.satisfaction !== null) {
    facts.push([
      m.done.satisfaction,
      m.satisfactionChoices[answer.satisfaction - 1] ?? String(answer.satisfaction),
    ]);
  }
  if (answer.nps !== null) facts.push([m.done.nps, String(answer.nps)]);
  if (answer.comment) facts.push([answer.private ? m.done.commentPrivate : m.done.comment, answer.comment]);
  return adaptiveCard(
    [
      heading(fill(m.done.title, { programme: invitation.programmeName })),
      paragraph(capitalised(m.names[invitation.kind]), { isSubtle: true, spacing: 'None', size: 'Small' }),
      factSet(facts),
      paragraph(fill(m.done.editableUntil, { until: view.until }), { isSubtle: true, spacing: 'Medium' }),
    ],
    [
      submit(m.done.change, {
        action: 'surveys',
        programmeId: invitation.programmeId,
        kind: invitation.kind,
      }),
    ],
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
