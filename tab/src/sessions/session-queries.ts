import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSession } from '../auth/session-context';
import { isBookingActive } from './booking-progress';
import { type SessionAgendaInput, type SessionDto, type SessionFilter, sessionApi } from './session-api';

export const sessionKeys = {
  all: ['sessions'] as const,
  mine: ['sessions', 'mine'] as const,
  programme: (programmeId: string) => ['sessions', 'programme', programmeId] as const,
  list: (programmeId: string, filter: SessionFilter) =>
    ['sessions', 'programme', programmeId, 'list', filter] as const,
  progress: (programmeId: string) => ['sessions', 'programme', programmeId, 'booking'] as const,
};

/** Polled every second while the booking job is queued or running; quiet otherwise. */
const POLL_MS = 1000;
const LIST_POLL_MS = 3000;

export function useBookingProgress(programmeId: string, { enabled = true } = {}) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const progress = useQuery({
    queryKey: sessionKeys.progress(programmeId),
    queryFn: () => sessionApi.progress(api, programmeId),
    enabled,
    refetchInterval: (query) => (isBookingActive(query.state.data) ? POLL_MS : false),
    staleTime: 0,
  });
  // When a run ends, the sessions it booked are shown with their new times and states.
  const wasActive = useRef(false);
  const active = isBookingActive(progress.data);
  useEffect(() => {
    if (wasActive.current && !active) {
      void queryClient.invalidateQueries({ queryKey: [...sessionKeys.programme(programmeId), 'list'] });
    }
    wasActive.current = active;
  }, [active, programmeId, queryClient]);
  return progress;
}

export function useBookAll(programmeId: string) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sessionApi.bookAll(api, programmeId),
    onSuccess: (progress) => {
      queryClient.setQueryData(sessionKeys.progress(programmeId), progress);
      void queryClient.invalidateQueries({ queryKey: [...sessionKeys.programme(programmeId), 'list'] });
    },
  });
}

/** `live` while a booking runs: the list follows it every few seconds. */
export function useProgrammeSessions(
  programmeId: string,
  filter: SessionFilter,
  { live = false, enabled = true } = {},
) {
  const { api } = useSession();
  return useQuery({
    queryKey: sessionKeys.list(programmeId, filter),
    queryFn: () => sessionApi.list(api, programmeId, filter),
    enabled,
    placeholderData: (previous) => previous,
    refetchInterval: live ? LIST_POLL_MS : false,
  });
}

export function useMySessions() {
  const { api } = useSession();
  return useQuery({ queryKey: sessionKeys.mine, queryFn: () => sessionApi.mine(api) });
}

/** Puts a changed session in every list that shows it, then refreshes the lists and counts. */
function showChanged(queryClient: QueryClient, changed: SessionDto) {
  queryClient.setQueriesData<{ items: SessionDto[] }>({ queryKey: sessionKeys.all }, (data) =>
    data && Array.isArray(data.items)
      ? { ...data, items: data.items.map((s) => (s.id === changed.id ? changed : s)) }
      : data,
  );
  void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
}

function useSessionMutation<V>(
  run: (api: ReturnType<typeof useSession>['api'], variables: V) => Promise<SessionDto>,
) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => run(api, variables),
    onSuccess: (changed: SessionDto) => showChanged(queryClient, changed),
  });
}

/** To the next good slot Binôme finds (no time), or to a time a person chose. */
export const useReschedule = () =>
  useSessionMutation((api, { id, startsAt }: { id: string; startsAt?: string }) =>
    sessionApi.reschedule(api, id, startsAt),
  );

export const useCancelSession = () =>
  useSessionMutation((api, { id, message }: { id: string; message: string }) =>
    sessionApi.cancel(api, id, message),
  );

export const useUpdateAgenda = () =>
  useSessionMutation((api, { id, input }: { id: string; input: SessionAgendaInput }) =>
    sessionApi.updateAgenda(api, id, input),
  );
