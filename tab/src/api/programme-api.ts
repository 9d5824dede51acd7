import type { z } from 'zod';
import type {
  ApplicationDto,
  ApplicationInputDto,
  ProgrammeDto,
  ProgrammeInput,
  ProgrammeStatusDto,
  programmeInput,
  recruitmentStatsDto,
} from '../../../api/src/contract';
import type { ApiClient } from './api-client';

export type RecruitmentStatsDto = z.infer<typeof recruitmentStatsDto>;
export type ReviewDecision = 'approve' | 'decline' | 'waitlist';
export type NotificationOutcome = 'sent' | 'no_conversation' | 'failed';

/** What the people picker gets back from the directory search. */
export interface DirectoryPersonDto {
  aadId: string;
  displayName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
}

export interface ApplicationFiltersDto {
  role?: string;
  status?: string;
  department?: string;
  language?: string;
}

/** The programme input as the editor sends it: `skills` and `charter` left out keep the defaults. */
export type ProgrammeInputBody = z.input<typeof programmeInput>;

const programmePath = (id: string) => `/api/v1/programmes/${encodeURIComponent(id)}`;

function query(filters: ApplicationFiltersDto): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const programmeApi = {
  get: (client: ApiClient, id: string) => client.get<ProgrammeDto>(programmePath(id)),
  create: (client: ApiClient, input: ProgrammeInputBody) =>
    client.post<ProgrammeDto>('/api/v1/programmes', input),
  update: (client: ApiClient, id: string, input: ProgrammeInputBody | ProgrammeInput) =>
    client.put<ProgrammeDto>(programmePath(id), input),
  transition: (client: ApiClient, id: string, to: ProgrammeStatusDto) =>
    client.post<ProgrammeDto>(`${programmePath(id)}/transitions`, { to }),
  searchPeople: (client: ApiClient, text: string) =>
    client.get<{ items: DirectoryPersonDto[] }>(
      `/api/v1/directory/people?q=${encodeURIComponent(text)}&top=10`,
    ),
  myApplication: (client: ApiClient, id: string) =>
    client.get<ApplicationDto>(`${programmePath(id)}/my-application`),
  apply: (client: ApiClient, id: string, input: ApplicationInputDto) =>
    client.put<ApplicationDto>(`${programmePath(id)}/my-application`, input),
  withdraw: (client: ApiClient, id: string) =>
    client.delete<ApplicationDto>(`${programmePath(id)}/my-application`),
  applications: (client: ApiClient, id: string, filters: ApplicationFiltersDto) =>
    client.get<{ items: ApplicationDto[] }>(`${programmePath(id)}/applications${query(filters)}`),
  stats: (client: ApiClient, id: string) =>
    client.get<RecruitmentStatsDto>(`${programmePath(id)}/applications/stats`),
  review: (
    client: ApiClient,
    id: string,
    applicationId: string,
    body: { decision: ReviewDecision; message?: string },
  ) =>
    client.post<{ application: ApplicationDto; notification: NotificationOutcome }>(
      `${programmePath(id)}/applications/${encodeURIComponent(applicationId)}/review`,
      body,
    ),
};
