import { useDashboardPageStyles } from './DashboardPage.styles';
import type { DashboardDto } from './dashboard-api';
import { ObjectivesChart } from './ObjectivesChart';
import { RatingsChart } from './RatingsChart';
import { SessionsChart } from './SessionsChart';
import { SkillsChart } from './SkillsChart';

/** The four charts of the dashboard and of the impact report. */
export function DashboardCharts({ dashboard, print = false }: { dashboard: DashboardDto; print?: boolean }) {
  const styles = useDashboardPageStyles();
  return (
    <div className={styles.charts}>
      <ObjectivesChart
        objectives={dashboard.objectives}
        plannedPerPair={dashboard.sessions.plannedPerPair}
        tableOpen={print}
      />
      <SessionsChart sessions={dashboard.sessions} tableOpen={print} />
      <RatingsChart byMonth={dashboard.ratings.byMonth} tableOpen={print} />
      <SkillsChart rows={dashboard.skillProgression} minGroup={dashboard.minGroup} tableOpen={print} />
    </div>
  );
}
