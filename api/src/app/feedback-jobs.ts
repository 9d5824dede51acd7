import { type FeedbackDeps, runFeedbackPrompts } from './feedback';
import type { SurveyKind } from './ports/feedback';
import { SURVEY_JOB, type SurveyDeps, sendSurveyRound } from './surveys';

export const FEEDBACK_JOB = 'feedback.prompts';

/**
 * Starts this instance's feedback workers: the cards after each session (and their one reminder,
 * and sessions nobody confirmed marked missed) every `everySeconds`, and the survey rounds.
 */
export async function startFeedbackJobs(
  deps: { feedback: FeedbackDeps; surveys: SurveyDeps },
  options: { tenantId: string; everySeconds: number },
): Promise<void> {
  const { jobs } = deps.surveys;
  await jobs.work<{ tenantId: string }>(FEEDBACK_JOB, (job) =>
    runFeedbackPrompts(deps.feedback, job.data.tenantId),
  );
  await jobs.work<{ tenantId: string; programmeId: string; kind: SurveyKind }>(SURVEY_JOB, (job) =>
    sendSurveyRound(deps.surveys, job.data),
  );
  await jobs.schedule<{ tenantId: string }>(
    FEEDBACK_JOB,
    { everySeconds: options.everySeconds },
    { tenantId: options.tenantId },
    { singletonKey: `tenant:${options.tenantId}`, retryLimit: 0, expireInSeconds: 600 },
  );
}
