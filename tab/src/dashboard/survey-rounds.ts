import type { SurveyKind, SurveyRoundDto } from './dashboard-api';

const OPEN_IN: Record<SurveyKind, readonly string[]> = {
  pulse: ['running'],
  post: ['running', 'closing'],
  closing: ['running', 'closing'],
};

/** The surveys an admin may open while the programme is in `status` (the API refuses the others). */
export function surveyKindsFor(status: string): SurveyKind[] {
  return (Object.keys(OPEN_IN) as SurveyKind[]).filter((kind) => OPEN_IN[kind].includes(status));
}

/** Answers ÷ people asked, as a whole percentage; null before anyone was asked. */
export function answerShare(round: Pick<SurveyRoundDto, 'sent' | 'answers'>): number | null {
  return round.sent === 0 ? null : Math.round((100 * round.answers) / round.sent);
}

/** Whether a round still takes answers at `now`. */
export function isOpen(round: Pick<SurveyRoundDto, 'closesAt'>, now: Date): boolean {
  return Date.parse(round.closesAt) > now.getTime();
}
