import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { LoadingState } from '../common/LoadingState';
import { AppHeader } from '../shell/AppHeader';
import { ShellLayout } from '../shell/ShellLayout';
import { DevSignIn } from './DevSignIn';
import { demoSession } from './demo-session';
import { type Session, SessionContext } from './session-context';
import { createDemoTokenSource, type TokenSource } from './token-source';

/** Plain browser in demo mode: the dev sign-in, remembered for the browser tab's lifetime. */
export function DemoGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [tokens, setTokens] = useState<TokenSource | null>(null);
  const [restoring, setRestoring] = useState(() => demoSession.read() !== null);
  const [pendingUpn, setPendingUpn] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sessionLost, setSessionLost] = useState(false);

  const signIn = useCallback(async (upn: string, silent = false) => {
    setPendingUpn(upn);
    setError(null);
    const source = createDemoTokenSource({ upn });
    try {
      await source.token();
      demoSession.write(upn);
      setSessionLost(false);
      setTokens(source);
    } catch (failure) {
      // The remembered person no longer exists (new seed, other tenant): ask again.
      if (silent && failure instanceof ApiError && failure.status >= 400 && failure.status < 500) {
        demoSession.clear();
        setSessionLost(true);
      } else {
        setError(failure);
      }
    } finally {
      setPendingUpn(null);
      setRestoring(false);
    }
  }, []);

  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const remembered = demoSession.read();
    if (remembered) void signIn(remembered, true);
  }, [signIn]);

  const signOut = useCallback(() => {
    demoSession.clear();
    queryClient.clear();
    setTokens(null);
  }, [queryClient]);

  const session = useMemo<Session | null>(
    () => (tokens ? { api: createApiClient({ tokens }), signOut } : null),
    [tokens, signOut],
  );

  if (session) return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  return (
    <ShellLayout header={<AppHeader />} narrow={restoring}>
      {restoring ? (
        <LoadingState label={t('signIn.restoring')} />
      ) : (
        <DevSignIn
          onSignIn={(upn) => void signIn(upn)}
          pendingUpn={pendingUpn}
          error={error}
          sessionLost={sessionLost}
        />
      )}
    </ShellLayout>
  );
}
