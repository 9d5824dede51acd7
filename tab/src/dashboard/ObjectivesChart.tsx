import { DataVizPalette, getColorFromToken, HorizontalBarChart } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { ChartFigure } from './ChartFigure';
import type { DashboardDto } from './dashboard-api';
import { objectiveBars } from './dashboard-figures';
import { useFigureFormat } from './use-figure-format';

/** Each objective's figure as a bar on its own scale, its target marked by a triangle. */
export function ObjectivesChart({
  objectives,
  plannedPerPair,
  tableOpen,
}: {
  objectives: DashboardDto['objectives'];
  plannedPerPair: number;
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const format = useFigureFormat();
  const bars = objectiveBars(objectives, plannedPerPair);
  const title = t('dashboard.charts.objectives');
  const verdict = (met: boolean | null) =>
    met === null
      ? t('dashboard.objective.unknown')
      : met
        ? t('dashboard.objective.met')
        : t('dashboard.objective.notMet');
  return (
    <ChartFigure
      title={title}
      description={t('dashboard.charts.objectivesLead')}
      tableOpen={tableOpen}
      table={{
        columns: [
          t('dashboard.charts.objective'),
          t('dashboard.charts.actual'),
          t('dashboard.charts.target'),
          t('dashboard.charts.verdict'),
        ],
        rows: bars.map((b) => ({
          key: b.id,
          cells: [
            localised(b.label),
            b.actual === null ? t('dashboard.noFigure') : format.kpi(b.kpi, b.actual),
            format.kpi(b.kpi, b.target),
            verdict(b.met),
          ],
        })),
      }}
    >
      {bars.length === 0 ? (
        <p>{t('dashboard.charts.noObjectives')}</p>
      ) : (
        <HorizontalBarChart
          data={bars.map((b) => ({
            chartTitle: t('dashboard.charts.objectiveBar', {
              label: localised(b.label),
              actual: b.actual === null ? t('dashboard.noFigure') : format.kpi(b.kpi, b.actual),
              target: format.kpi(b.kpi, b.target),
            }),
            chartData: [
              {
                legend: localised(b.label),
                horizontalBarChartdata: { x: Math.max(0, Math.min(b.actual ?? 0, b.scale)), total: b.scale },
                data: b.target,
                color: getColorFromToken(b.met ? DataVizPalette.success : DataVizPalette.warning),
                xAxisCalloutData: localised(b.label),
                yAxisCalloutData: b.actual === null ? t('dashboard.noFigure') : format.kpi(b.kpi, b.actual),
              },
            ],
          }))}
          chartDataMode="hidden"
        />
      )}
    </ChartFigure>
  );
}
