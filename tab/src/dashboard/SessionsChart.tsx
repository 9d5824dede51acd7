import { DataVizPalette, DonutChart, getColorFromToken } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import type { DashboardDto } from './dashboard-api';
import { type SessionStatusKey, sessionsByStatus } from './dashboard-figures';
import { useFigureFormat } from './use-figure-format';

const COLOURS: Record<SessionStatusKey, string> = {
  held: getColorFromToken(DataVizPalette.success),
  booked: getColorFromToken(DataVizPalette.color1),
  planned: getColorFromToken(DataVizPalette.color2),
  needsSlot: getColorFromToken(DataVizPalette.warning),
  missed: getColorFromToken(DataVizPalette.error),
  cancelled: getColorFromToken(DataVizPalette.disabled),
};

/** Sessions by state, as a donut with the held count in its middle. */
export function SessionsChart({
  sessions,
  tableOpen,
}: {
  sessions: DashboardDto['sessions'];
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const parts = sessionsByStatus(sessions);
  const title = t('dashboard.charts.sessions');
  const label = (status: SessionStatusKey) => t(`dashboard.status.${status}`);
  return (
    <ChartFigure
      title={title}
      description={t('dashboard.charts.sessionsLead', { count: sessions.held })}
      tableOpen={tableOpen}
      table={{
        columns: [t('dashboard.charts.state'), t('dashboard.charts.sessionsCount')],
        rows: parts.map((p) => ({ key: p.status, cells: [label(p.status), format.number(p.count, 0)] })),
      }}
    >
      {parts.length === 0 ? (
        <p>{t('dashboard.charts.noSessions')}</p>
      ) : (
        <DonutChart
          data={{
            chartData: parts.map((p) => ({
              legend: label(p.status),
              data: p.count,
              color: COLOURS[p.status],
            })),
          }}
          innerRadius={55}
          height={260}
          valueInsideDonut={format.number(sessions.held, 0)}
          hideLabels={false}
        />
      )}
    </ChartFigure>
  );
}
