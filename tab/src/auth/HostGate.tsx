import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiClient } from '../api/api-client';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { useHost } from '../host/host-context';
import { AppHeader } from '../shell/AppHeader';
import { ShellLayout } from '../shell/ShellLayout';
import { type Session, SessionContext } from './session-context';
import { createHostTokenSource } from './token-source';

/** Teams, Outlook or the Microsoft 365 app: single sign-on through the host. */
export function HostGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { host } = useHost();
  const tokens = useMemo(() => createHostTokenSource(), []);
  // One token up front, so a refused consent shows here rather than on every screen.
  const firstToken = useQuery({
    queryKey: ['host-sign-in'],
    queryFn: () => tokens.token(),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const session = useMemo<Session>(() => ({ api: createApiClient({ tokens }), signOut: null }), [tokens]);

  if (firstToken.isSuccess) {
    return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }
  return (
    <ShellLayout header={<AppHeader />} narrow>
      {firstToken.isPending ? (
        <LoadingState label={t('app.loading')} />
      ) : (
        <ProblemBar
          error={
            new Error(
              `${t('auth.hostFailed', { host: t(`host.${host.kind}`) })} ${describe(firstToken.error)}`,
            )
          }
          onRetry={() => void firstToken.refetch()}
        />
      )}
    </ShellLayout>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
