import { QueryClient } from '@tanstack/react-query';
import { ApiError, NETWORK_ERROR } from './api/api-error';

/** Retry what may pass on a second try (network, 5xx); a 4xx will answer the same. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => {
          if (failures >= 2) return false;
          if (!(error instanceof ApiError)) return false;
          return error.problem.code === NETWORK_ERROR || error.status >= 500;
        },
      },
    },
  });
}
