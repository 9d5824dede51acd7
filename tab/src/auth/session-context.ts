import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client';

export interface Session {
  api: ApiClient;
  /** Present with the dev sign-in only: forget the person and choose another. */
  signOut: (() => void) | null;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a signed-in SessionContext');
  return session;
}
