import type {
  BookingProgressDto,
  SessionAgendaInput,
  SessionDto,
  SessionListDto,
  SessionStatusDto,
} from '../../../api/src/contract/session';
import type { ApiClient } from '../api/api-client';

export type { BookingProgressDto, SessionAgendaInput, SessionDto, SessionStatusDto };
export type SessionProblemDto = NonNullable<SessionDto['problem']>;
export type SessionPersonDto = SessionDto['mentee'];

export interface SessionPageDto {
  items: SessionDto[];
  total: number;
}

export interface SessionFilter {
  status?: SessionStatusDto;
  limit: number;
  offset: number;
}

const programmeSessions = (id: string) => `/api/v1/programmes/${encodeURIComponent(id)}/sessions`;
const sessionPath = (id: string) => `/api/v1/sessions/${encodeURIComponent(id)}`;

function query({ status, limit, offset }: SessionFilter): string {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (status) params.set('status', status);
  return `?${params.toString()}`;
}

export const sessionApi = {
  progress: (client: ApiClient, programmeId: string) =>
    client.get<BookingProgressDto>(`${programmeSessions(programmeId)}/booking`),
  bookAll: (client: ApiClient, programmeId: string) =>
    client.post<BookingProgressDto>(`${programmeSessions(programmeId)}/booking`, undefined),
  list: (client: ApiClient, programmeId: string, filter: SessionFilter) =>
    client.get<SessionPageDto>(`${programmeSessions(programmeId)}${query(filter)}`),
  mine: (client: ApiClient) => client.get<SessionListDto>('/api/v1/me/sessions'),
  /** No time: Binôme finds the next good slot; a time: checked against both calendars. */
  reschedule: (client: ApiClient, id: string, startsAt?: string) =>
    client.post<SessionDto>(`${sessionPath(id)}/reschedule`, startsAt ? { startsAt } : {}),
  cancel: (client: ApiClient, id: string, message: string) =>
    client.post<SessionDto>(`${sessionPath(id)}/cancel`, { message }),
  updateAgenda: (client: ApiClient, id: string, input: SessionAgendaInput) =>
    client.put<SessionDto>(`${sessionPath(id)}/agenda`, input),
  ics: (client: ApiClient, id: string) => client.download(`${sessionPath(id)}/ics`),
};
