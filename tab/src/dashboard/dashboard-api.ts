import type { z } from 'zod';
import type {
  DashboardDto,
  DashboardQuery,
  FollowUpDto,
  SurveyKind,
  surveyRoundDto,
} from '../../../api/src/contract/feedback';
import type { ApiClient } from '../api/api-client';

export type { DashboardDto, DashboardQuery, FollowUpDto, SurveyKind };
export type SurveyRoundDto = z.infer<typeof surveyRoundDto>;
export type AtRiskPairDto = FollowUpDto['atRisk'][number];
export type SupportRequestDto = FollowUpDto['support'][number];
export type CommentDto = FollowUpDto['comments'][number];

const programmePath = (id: string) => `/api/v1/programmes/${encodeURIComponent(id)}`;

/** `?department=…&from=…&to=…` with the filters that are set; empty when none is. */
export function dashboardQueryString(filters: DashboardQuery): string {
  const params = new URLSearchParams();
  if (filters.department) params.set('department', filters.department);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const dashboardApi = {
  dashboard: (client: ApiClient, id: string, filters: DashboardQuery) =>
    client.get<DashboardDto>(`${programmePath(id)}/dashboard${dashboardQueryString(filters)}`),
  csv: (client: ApiClient, id: string, filters: DashboardQuery) =>
    client.download(`${programmePath(id)}/dashboard.csv${dashboardQueryString(filters)}`),
  followUp: (client: ApiClient, id: string, filters: DashboardQuery) =>
    client.get<FollowUpDto>(`${programmePath(id)}/follow-up${dashboardQueryString(filters)}`),
  markHandled: (client: ApiClient, sessionId: string, authorAadId: string) =>
    client.post<void>(
      `/api/v1/sessions/${encodeURIComponent(sessionId)}/support/${encodeURIComponent(authorAadId)}/handled`,
      undefined,
    ),
  surveyRounds: (client: ApiClient, id: string) =>
    client.get<{ items: SurveyRoundDto[] }>(`${programmePath(id)}/surveys`),
  openSurvey: (client: ApiClient, id: string, kind: SurveyKind, closesInDays: number) =>
    client.post<SurveyRoundDto>(`${programmePath(id)}/surveys/${kind}/open`, { closesInDays }),
};
