import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { useProgrammes } from '../api/queries';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeTable } from '../programmes/ProgrammeTable';
import { StatusSummary } from '../programmes/StatusSummary';

export function AdminConsolePage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const tenant = me.tenant.displayName;
  if (!me.roles.includes('admin')) {
    return (
      <Page title={t('admin.title')}>
        <ProblemBar intent="warning" error={new Error(t('admin.forbidden'))} />
      </Page>
    );
  }
  return (
    <Page title={t('admin.title')} lead={t('admin.intro', { tenant })}>
      <div>
        <Button as="a" appearance="primary" icon={<AddRegular />} href="#/admin/programmes/new">
          {t('admin.newProgramme')}
        </Button>
      </div>
      {programmes.isPending && <LoadingState label={t('programmes.loading')} />}
      {programmes.isError && (
        <ProblemBar error={programmes.error} onRetry={() => void programmes.refetch()} />
      )}
      {programmes.isSuccess && programmes.data.items.length === 0 && (
        <EmptyState title={t('mySpace.emptyTitle')}>{t('admin.emptyNext', { tenant })}</EmptyState>
      )}
      {programmes.isSuccess && programmes.data.items.length > 0 && (
        <>
          <PageSection title={t('admin.byStatus')}>
            <StatusSummary programmes={programmes.data.items} label={t('admin.byStatus')} />
          </PageSection>
          <PageSection title={t('programmes.count', { count: programmes.data.items.length })}>
            <ProgrammeTable programmes={programmes.data.items} label={t('admin.table', { tenant })} />
          </PageSection>
        </>
      )}
    </Page>
  );
}
