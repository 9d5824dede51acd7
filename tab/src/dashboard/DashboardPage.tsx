import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTextRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProgramme } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeLinks } from '../common/ProgrammeLinks';
import { saveFile } from '../sessions/save-file';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { useDashboardPageStyles } from './DashboardPage.styles';
import { DepartmentTable } from './DepartmentTable';
import { dashboardApi, dashboardQueryString } from './dashboard-api';
import { useDashboard } from './dashboard-queries';
import { FollowUpSection } from './FollowUpSection';
import { KpiTiles } from './KpiTiles';
import { SurveyRounds } from './SurveyRounds';
import { useDashboardFilters } from './use-dashboard-filters';

/**
 * `#/programmes/:programmeId/dashboard`: the programme's figures and charts for its admins and
 * sponsors; admins also get the follow-up (names, support requests, comments) and the surveys.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const styles = useDashboardPageStyles();
  const { api } = useSession();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const roles = programme.data?.myRoles ?? [];
  const isAdmin = roles.includes('admin');
  const allowed = isAdmin || roles.includes('sponsor');
  const [filters, setFilters] = useDashboardFilters();
  const dashboard = useDashboard(programmeId, filters, { enabled: allowed });
  const csv = useMutation({
    mutationFn: () => dashboardApi.csv(api, programmeId, filters),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename ?? `binome-dashboard-${programmeId}.csv`),
  });

  if (programme.isPending) return <LoadingState label={t('dashboard.loading')} />;
  if (programme.isError) {
    return (
      <Page title={t('dashboard.title')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  const title = t('dashboard.titleOf', { name: programme.data.name });
  if (!allowed) {
    return (
      <Page title={title}>
        <ProblemBar intent="warning" error={new Error(t('dashboard.forbidden'))} />
      </Page>
    );
  }
  const data = dashboard.data;
  const nothingYet =
    data && !data.withheld && data.population === 0 && data.pairs.active + data.pairs.ended === 0;

  return (
    <Page
      title={title}
      lead={
        <span className={styles.links}>
          <Button
            as="a"
            appearance="subtle"
            icon={<DocumentTextRegular />}
            href={`#/programmes/${programmeId}/impact-report${dashboardQueryString(filters)}`}
          >
            {t('dashboard.report.open')}
          </Button>
          <Button
            appearance="subtle"
            icon={<ArrowDownloadRegular />}
            disabled={csv.isPending}
            onClick={() => csv.mutate()}
          >
            {t('dashboard.csv')}
          </Button>
          {isAdmin && <ProgrammeLinks programmeId={programmeId} links={['edit', 'sessions', 'matching']} />}
        </span>
      }
    >
      {csv.isError && <ProblemBar error={csv.error} />}
      {!isAdmin && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('dashboard.sponsor.title')}</MessageBarTitle>
            {t('dashboard.sponsor.text', { count: data?.minGroup ?? 5 })}
          </MessageBarBody>
        </MessageBar>
      )}
      <DashboardFilters filters={filters} departments={data?.departments ?? []} onChange={setFilters} />
      {dashboard.isPending && <LoadingState label={t('dashboard.loading')} />}
      {dashboard.isError && <ProblemBar error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {data?.withheld && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('dashboard.withheld.title', { count: data.minGroup })}</MessageBarTitle>
            {t('dashboard.withheld.text', { count: data.minGroup })}
          </MessageBarBody>
        </MessageBar>
      )}
      {nothingYet && (
        <EmptyState title={t('dashboard.empty.title')}>
          {t(`dashboard.empty.${isAdmin ? 'admin' : 'sponsor'}`)}
        </EmptyState>
      )}
      {data && !nothingYet && (
        <>
          <PageSection title={t('dashboard.kpis')}>
            <KpiTiles dashboard={data} />
          </PageSection>
          {!data.withheld && (
            <PageSection title={t('dashboard.charts.title')}>
              <DashboardCharts dashboard={data} />
            </PageSection>
          )}
          {!data.withheld && data.byDepartment.length > 0 && (
            <PageSection title={t('dashboard.departments.title')}>
              <p className={styles.secondary}>{t('dashboard.departments.lead', { count: data.minGroup })}</p>
              <DepartmentTable rows={data.byDepartment} minGroup={data.minGroup} />
            </PageSection>
          )}
        </>
      )}
      {isAdmin && <FollowUpSection programmeId={programmeId} filters={filters} />}
      {isAdmin && (
        <PageSection title={t('dashboard.surveys.title')}>
          <SurveyRounds programmeId={programmeId} status={programme.data.status} />
        </PageSection>
      )}
    </Page>
  );
}
