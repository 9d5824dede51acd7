import { Button } from '@fluentui/react-components';
import { ArrowLeftRegular, PrintRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProgramme } from '../api/programme-queries';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { dashboardQueryString } from './dashboard-api';
import { objectivesMet } from './dashboard-figures';
import { useDashboard } from './dashboard-queries';
import { useImpactReportPrintStyles, useImpactReportStyles } from './ImpactReportPage.styles';
import { ImpactScope } from './ImpactScope';
import { KpiTiles } from './KpiTiles';
import { ObjectivesChart } from './ObjectivesChart';
import { RatingsChart } from './RatingsChart';
import { SessionsChart } from './SessionsChart';
import { SkillsChart } from './SkillsChart';
import { useDashboardFilters } from './use-dashboard-filters';

/**
 * `#/programmes/:programmeId/impact-report`: the programme's impact on one printable page —
 * objectives against their targets, key figures and charts with their tables; never a name.
 */
export function ImpactReportPage() {
  const { t } = useTranslation();
  useImpactReportPrintStyles();
  const styles = useImpactReportStyles();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const roles = programme.data?.myRoles ?? [];
  const allowed = roles.includes('admin') || roles.includes('sponsor');
  const [filters] = useDashboardFilters();
  const dashboard = useDashboard(programmeId, filters, { enabled: allowed });

  if (programme.isPending || (allowed && dashboard.isPending)) {
    return <LoadingState label={t('dashboard.report.loading')} />;
  }
  const error = programme.error ?? dashboard.error;
  if (error) {
    return (
      <Page title={t('dashboard.report.title')}>
        <ProblemBar
          error={error}
          onRetry={() => void (programme.isError ? programme : dashboard).refetch()}
        />
      </Page>
    );
  }
  const title = t('dashboard.report.titleOf', { name: programme.data?.name ?? '' });

  if (!allowed || !dashboard.data || !programme.data) {
    return (
      <Page title={title}>
        <ProblemBar intent="warning" error={new Error(t('dashboard.forbidden'))} />
      </Page>
    );
  }
  const data = dashboard.data;
  const { met, measured } = objectivesMet(data.objectives);
  return (
    <div className={styles.paper}>
      <Page title={title} lead={<ImpactScope programme={programme.data} filters={filters} />}>
        <div className={styles.actions} data-print="hide">
          <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
            {t('dashboard.report.print')}
          </Button>
          <Button
            as="a"
            icon={<ArrowLeftRegular />}
            href={`#/programmes/${programmeId}/dashboard${dashboardQueryString(filters)}`}
          >
            {t('dashboard.report.back')}
          </Button>
        </div>
        {data.withheld ? (
          <EmptyState title={t('dashboard.withheld.title', { count: data.minGroup })}>
            {t('dashboard.withheld.text', { count: data.minGroup })}
          </EmptyState>
        ) : (
          <>
            <PageSection title={t('dashboard.report.objectives')}>
              <p className={styles.scope}>
                {measured === 0
                  ? t('dashboard.report.objectivesNone')
                  : t('dashboard.report.objectivesMet', { met, count: measured })}
              </p>
              <ObjectivesChart
                objectives={data.objectives}
                plannedPerPair={data.sessions.plannedPerPair}
                tableOpen
              />
            </PageSection>
            <PageSection title={t('dashboard.kpis')}>
              <KpiTiles dashboard={data} />
            </PageSection>
            <PageSection title={t('dashboard.charts.title')}>
              <div className={styles.charts}>
                <SessionsChart sessions={data.sessions} tableOpen />
                <RatingsChart byMonth={data.ratings.byMonth} tableOpen />
                <SkillsChart rows={data.skillProgression} minGroup={data.minGroup} tableOpen />
              </div>
            </PageSection>
          </>
        )}
        <p className={styles.privacy}>{t('dashboard.report.privacy', { count: data.minGroup })}</p>
      </Page>
    </div>
  );
}
