import type { MySurveyDto, SurveyInput } from '../feedback/feedback-api';

export interface SurveyForm {
  /** Level by skill id, null until chosen. */
  skills: Record<string, number | null>;
  satisfaction: number | null;
  nps: number | null;
  comment: string;
  private: boolean;
}

/** The form from the survey: the saved answer when there is one, otherwise nothing chosen. */
export function surveyFormOf(survey: Pick<MySurveyDto, 'skills' | 'answer'>): SurveyForm {
  const saved = new Map((survey.answer?.skills ?? []).map((s) => [s.skillId, s.level]));
  return {
    skills: Object.fromEntries(survey.skills.map((s) => [s.skillId, saved.get(s.skillId) ?? null])),
    satisfaction: survey.answer?.satisfaction ?? null,
    nps: survey.answer?.nps ?? null,
    comment: survey.answer?.comment ?? '',
    private: survey.answer?.private ?? false,
  };
}

/** Catalogue keys of what is missing: every skill (post); satisfaction and the 0–10 question (pulse, closing). */
export function surveyErrors(kind: MySurveyDto['kind'], form: SurveyForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (kind === 'post') {
    for (const [skillId, level] of Object.entries(form.skills)) {
      if (level === null) errors[`skills.${skillId}`] = 'surveys.errors.skill';
    }
  } else {
    if (form.satisfaction === null) errors.satisfaction = 'surveys.errors.satisfaction';
    if (form.nps === null) errors.nps = 'surveys.errors.nps';
  }
  if (form.comment.trim().length > 2000) errors.comment = 'surveys.errors.tooLong';
  return errors;
}

export function surveyInputOf(kind: MySurveyDto['kind'], form: SurveyForm): SurveyInput {
  return {
    skills:
      kind === 'post'
        ? Object.entries(form.skills).flatMap(([skillId, level]) =>
            level === null ? [] : [{ skillId, level }],
          )
        : [],
    satisfaction: kind === 'post' ? null : form.satisfaction,
    nps: kind === 'post' ? null : form.nps,
    comment: form.comment.trim(),
    private: form.private,
  };
}

/** Open surveys first (soonest to close first), then closed ones. */
export function sortSurveys<T extends Pick<MySurveyDto, 'closesAt'>>(surveys: readonly T[], now: Date): T[] {
  const open = (s: T) => Date.parse(s.closesAt) > now.getTime();
  return [...surveys].sort(
    (a, b) => Number(open(b)) - Number(open(a)) || Date.parse(a.closesAt) - Date.parse(b.closesAt),
  );
}
