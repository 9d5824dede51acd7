import type {
  FeedbackDto,
  FeedbackInput,
  MyProgressDto,
  MySurveyDto,
  SurveyInput,
  SurveyKind,
} from '../../../api/src/contract/feedback';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';

export type { FeedbackDto, FeedbackInput, MyProgressDto, MySurveyDto, SurveyInput, SurveyKind };

const feedbackPath = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/feedback`;

export const feedbackApi = {
  /** The caller's own answer, or null when they have not given one (the API answers 404). */
  mine: (client: ApiClient, sessionId: string) =>
    client.get<FeedbackDto>(feedbackPath(sessionId)).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404 && error.problem.code === 'feedback_not_found') {
        return null;
      }
      throw error;
    }),
  give: (client: ApiClient, sessionId: string, input: FeedbackInput) =>
    client.put<FeedbackDto>(feedbackPath(sessionId), input),
  progress: (client: ApiClient) => client.get<{ items: MyProgressDto[] }>('/api/v1/me/progress'),
  surveys: (client: ApiClient) => client.get<{ items: MySurveyDto[] }>('/api/v1/me/surveys'),
  answerSurvey: (client: ApiClient, programmeId: string, kind: SurveyKind, input: SurveyInput) =>
    client.put<SurveyInput & { submittedAt: string }>(
      `/api/v1/programmes/${encodeURIComponent(programmeId)}/surveys/${kind}/my-answer`,
      input,
    ),
  /** Demo mode only: the session ends ten minutes ago and the feedback cards go out. */
  demoFinish: (client: ApiClient, sessionId: string) =>
    client.post<{ sessionId: string; endsAt: string }>(
      `/_demo/sessions/${encodeURIComponent(sessionId)}/finish`,
      {},
    ),
};
