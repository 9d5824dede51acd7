import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session-context';
import { api } from './api-client';

export const queryKeys = {
  me: ['me'] as const,
  programmes: ['programmes'] as const,
};

export function useMe() {
  const { api: client } = useSession();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => api.me(client) });
}

export function useProgrammes() {
  const { api: client } = useSession();
  return useQuery({ queryKey: queryKeys.programmes, queryFn: () => api.programmes(client) });
}
