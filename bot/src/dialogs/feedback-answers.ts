import type { SurveyInvitation, SurveyRecord } from '../../../api/src/app/ports/feedback';
import {
  type FeedbackInput,
  feedbackInput,
  type SurveyInput,
  surveyInput,
} from '../../../api/src/contract/feedback';
import type { InvalidInputError } from '../../../api/src/domain/errors';
import type { FeedbackAnswer } from '../../../api/src/domain/feedback';
import type { RawValues } from '../cards/form-inputs';
import { surveySkillInput } from '../cards/survey-card';
import { fill } from '../i18n';
import type { FeedbackMessages, SurveyMessages } from '../i18n/feedback-messages';
import type { ReadResult } from './card-prompt';

/** Teams sends every input as a string; an empty choice comes back as "" or not at all. */
const chosen = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
};
const numberOf = (value: string | undefined): number | null => {
  const text = chosen(value);
  return text === null ? null : Number(text);
};

/** The first segment of a zod path or of a use case's `body.…` path. */
const fieldOf = (path: readonly PropertyKey[] | string): string =>
  String((typeof path === 'string' ? path.replace(/^body\./, '').split('.') : path)[0] ?? '');

const unique = (reasons: string[]): string[] => [...new Set(reasons)];

function feedbackReason(field: string, m: FeedbackMessages): string {
  switch (field) {
    case 'tookPlace':
      return m.errors.tookPlace;
    case 'rating':
      return m.errors.rating;
    case 'objectiveMet':
      return m.errors.objectiveMet;
    case 'continueWithPartner':
      return m.errors.continueWithPartner;
    case 'learned':
    case 'shared':
    case 'obstacles':
      return fill(m.errors.tooLong, { field: m.card[field] });
    default:
      return m.errors.other;
  }
}

/**
 * A feedback card's inputs, read with the contract's schema (the tab's own rules). The rating and
 * the objective belong to a session that took place: a card cannot clear a choice once made, so
 * they are left out when the person says it did not, rather than refused.
 */
export function readFeedback(values: RawValues, m: FeedbackMessages): ReadResult<FeedbackInput> {
  const tookPlace = chosen(values.tookPlace);
  const held = tookPlace === 'yes';
  const parsed = feedbackInput.safeParse({
    tookPlace: tookPlace ?? undefined,
    rating: held ? numberOf(values.rating) : null,
    objectiveMet: held ? chosen(values.objectiveMet) : null,
    learned: values.learned ?? '',
    shared: values.shared ?? '',
    obstacles: values.obstacles ?? '',
    wantsSupport: values.wantsSupport === 'true',
    continueWithPartner: chosen(values.continueWithPartner),
    private: values.private === 'true',
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: unique(parsed.error.issues.map((issue) => feedbackReason(fieldOf(issue.path), m))),
  };
}

/** The reasons of the use case's `InvalidInputError`, in the person's words. */
export function feedbackProblemReasons(errors: InvalidInputError['errors'], m: FeedbackMessages): string[] {
  const reasons = unique(errors.map((error) => feedbackReason(fieldOf(error.path), m)));
  return reasons.length > 0 ? reasons : [m.errors.other];
}

/** A saved answer as the card's inputs, to show it again for a change. */
export function feedbackValues(answer: FeedbackAnswer): RawValues {
  return {
    tookPlace: answer.tookPlace,
    rating: answer.rating === null ? '' : String(answer.rating),
    objectiveMet: answer.objectiveMet ?? '',
    learned: answer.learned,
    shared: answer.shared,
    obstacles: answer.obstacles,
    wantsSupport: String(answer.wantsSupport),
    continueWithPartner: answer.continueWithPartner ?? '',
    private: String(answer.private),
  };
}

function surveyReason(field: string, m: SurveyMessages): string {
  switch (field) {
    case 'skills':
      return m.errors.skills;
    case 'satisfaction':
      return m.errors.satisfaction;
    case 'nps':
      return m.errors.nps;
    case 'comment':
      return m.errors.tooLong;
    default:
      return m.errors.other;
  }
}

/** A survey card's inputs, read with the contract's schema; the use case then checks what the survey asks. */
export function readSurvey(
  values: RawValues,
  survey: Pick<SurveyInvitation, 'kind' | 'skills'>,
  m: SurveyMessages,
): ReadResult<SurveyInput> {
  const skills =
    survey.kind === 'post'
      ? survey.skills.flatMap((skill) => {
          const level = numberOf(values[surveySkillInput(skill.skillId)]);
          return level === null ? [] : [{ skillId: skill.skillId, level }];
        })
      : [];
  const parsed = surveyInput.safeParse({
    skills,
    satisfaction: numberOf(values.satisfaction),
    nps: numberOf(values.nps),
    comment: values.comment ?? '',
    private: values.private === 'true',
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: unique(parsed.error.issues.map((issue) => surveyReason(fieldOf(issue.path), m))),
  };
}

export function surveyProblemReasons(errors: InvalidInputError['errors'], m: SurveyMessages): string[] {
  const reasons = unique(errors.map((error) => surveyReason(fieldOf(error.path), m)));
  return reasons.length > 0 ? reasons : [m.errors.other];
}

export function surveyValues(
  answer: Pick<SurveyRecord, 'skills' | 'satisfaction' | 'nps' | 'comment' | 'private'>,
) {
  const values: RawValues = {
    satisfaction: answer.satisfaction === null ? '' : String(answer.satisfaction),
    nps: answer.nps === null ? '' : String(answer.nps),
    comment: answer.comment,
    private: String(answer.private),
  };
  for (const skill of answer.skills) values[surveySkillInput(skill.skillId)] = String(skill.level);
  return values;
}
