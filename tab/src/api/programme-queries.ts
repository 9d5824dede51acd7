import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session-context';
import { ApiError } from './api-error';
import { type ApplicationFiltersDto, programmeApi } from './programme-api';

export const programmeKeys = {
  programme: (id: string) => ['programme', id] as const,
  myApplication: (id: string) => ['programme', id, 'my-application'] as const,
  applications: (id: string, filters: ApplicationFiltersDto) =>
    ['programme', id, 'applications', filters] as const,
  allApplications: (id: string) => ['programme', id, 'applications'] as const,
  stats: (id: string) => ['programme', id, 'stats'] as const,
  people: (text: string) => ['directory', text] as const,
};

export function useProgramme(id: string | undefined) {
  const { api } = useSession();
  return useQuery({
    queryKey: programmeKeys.programme(id ?? ''),
    queryFn: () => programmeApi.get(api, id ?? ''),
    enabled: Boolean(id),
  });
}

/** The caller's application, or null when they have not applied (the API answers 404). */
export function useMyApplication(id: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: programmeKeys.myApplication(id),
    queryFn: () =>
      programmeApi.myApplication(api, id).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
  });
}

export function useApplications(id: string, filters: ApplicationFiltersDto) {
  const { api } = useSession();
  return useQuery({
    queryKey: programmeKeys.applications(id, filters),
    queryFn: () => programmeApi.applications(api, id, filters),
    placeholderData: (previous) => previous,
  });
}

export function useRecruitmentStats(id: string) {
  const { api } = useSession();
  return useQuery({ queryKey: programmeKeys.stats(id), queryFn: () => programmeApi.stats(api, id) });
}

/** Directory search for the people picker; waits for two characters, as the API does. */
export function usePeopleSearch(text: string) {
  const { api } = useSession();
  const trimmed = text.trim();
  return useQuery({
    queryKey: programmeKeys.people(trimmed.toLowerCase()),
    queryFn: () => programmeApi.searchPeople(api, trimmed),
    enabled: trimmed.length >= 2,
    staleTime: 60_000,
  });
}
