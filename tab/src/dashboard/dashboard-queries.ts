import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/session-context';
import { type DashboardQuery, dashboardApi, type SurveyKind } from './dashboard-api';

export const dashboardKeys = {
  programme: (id: string) => ['dashboard', id] as const,
  figures: (id: string, filters: DashboardQuery) => ['dashboard', id, 'figures', filters] as const,
  followUp: (id: string, filters: DashboardQuery) => ['dashboard', id, 'follow-up', filters] as const,
  surveys: (id: string) => ['dashboard', id, 'surveys'] as const,
};

export function useDashboard(programmeId: string, filters: DashboardQuery, { enabled = true } = {}) {
  const { api } = useSession();
  return useQuery({
    queryKey: dashboardKeys.figures(programmeId, filters),
    queryFn: () => dashboardApi.dashboard(api, programmeId, filters),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** Names and comments: asked for only when the caller is an admin of the programme. */
export function useFollowUp(programmeId: string, filters: DashboardQuery, { enabled = true } = {}) {
  const { api } = useSession();
  return useQuery({
    queryKey: dashboardKeys.followUp(programmeId, filters),
    queryFn: () => dashboardApi.followUp(api, programmeId, filters),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useMarkHandled(programmeId: string) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, authorAadId }: { sessionId: string; authorAadId: string }) =>
      dashboardApi.markHandled(api, sessionId, authorAadId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.programme(programmeId) }),
  });
}

export function useSurveyRounds(programmeId: string, { enabled = true } = {}) {
  const { api } = useSession();
  return useQuery({
    queryKey: dashboardKeys.surveys(programmeId),
    queryFn: () => dashboardApi.surveyRounds(api, programmeId),
    enabled,
  });
}

export function useOpenSurvey(programmeId: string) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, closesInDays }: { kind: SurveyKind; closesInDays: number }) =>
      dashboardApi.openSurvey(api, programmeId, kind, closesInDays),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.surveys(programmeId) }),
  });
}
