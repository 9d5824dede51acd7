import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/session-context';
import { sessionKeys } from '../sessions/session-queries';
import { type FeedbackInput, feedbackApi, type SurveyInput, type SurveyKind } from './feedback-api';

export const feedbackKeys = {
  mine: (sessionId: string) => ['feedback', sessionId] as const,
  progress: ['me', 'progress'] as const,
  surveys: ['me', 'surveys'] as const,
};

export function useMyFeedback(sessionId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: feedbackKeys.mine(sessionId),
    queryFn: () => feedbackApi.mine(api, sessionId),
  });
}

export function useGiveFeedback(sessionId: string) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) => feedbackApi.give(api, sessionId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(feedbackKeys.mine(sessionId), saved);
      // The answer may change the session's state (held, missed, needs a new slot) and my figures.
      void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.progress });
    },
  });
}

export function useMyProgress() {
  const { api } = useSession();
  return useQuery({ queryKey: feedbackKeys.progress, queryFn: () => feedbackApi.progress(api) });
}

export function useMySurveys() {
  const { api } = useSession();
  return useQuery({ queryKey: feedbackKeys.surveys, queryFn: () => feedbackApi.surveys(api) });
}

export function useAnswerSurvey() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      programmeId,
      kind,
      input,
    }: {
      programmeId: string;
      kind: SurveyKind;
      input: SurveyInput;
    }) => feedbackApi.answerSurvey(api, programmeId, kind, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.surveys });
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.progress });
    },
  });
}

export function useDemoFinish() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => feedbackApi.demoFinish(api, sessionId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
