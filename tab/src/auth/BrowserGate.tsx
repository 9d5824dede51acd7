import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabConfigDto } from '../../../api/src/contract';
import { requestJson } from '../api/http';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { AppHeader } from '../shell/AppHeader';
import { ShellLayout } from '../shell/ShellLayout';
import { DemoGate } from './DemoGate';
import { NotInHost } from './NotInHost';

/** A plain browser: the dev sign-in when the service offers it, else a pointer to Teams. */
export function BrowserGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ['tab-config'],
    queryFn: () => requestJson<TabConfigDto>('/tab-config.json'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (config.isSuccess && config.data.demoSignIn) return <DemoGate>{children}</DemoGate>;
  return (
    <ShellLayout header={<AppHeader />} narrow>
      {config.isPending && <LoadingState label={t('app.loading')} />}
      {config.isError && <ProblemBar error={config.error} onRetry={() => void config.refetch()} />}
      {config.isSuccess && <NotInHost />}
    </ShellLayout>
  );
}
