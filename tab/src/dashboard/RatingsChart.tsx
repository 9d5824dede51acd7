import { DataVizPalette, getColorFromToken, LineChart } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import type { DashboardDto } from './dashboard-api';
import { ratingPoints } from './dashboard-figures';
import { useFigureFormat } from './use-figure-format';

/** The average session rating, month by month (months resting on too few answers are left out). */
export function RatingsChart({
  byMonth,
  tableOpen,
}: {
  byMonth: DashboardDto['ratings']['byMonth'];
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const points = ratingPoints(byMonth);
  const title = t('dashboard.charts.ratings');
  const legend = t('dashboard.charts.averageRating');
  return (
    <ChartFigure
      title={title}
      description={t('dashboard.charts.ratingsLead')}
      tableOpen={tableOpen}
      table={{
        columns: [t('dashboard.charts.month'), legend, t('dashboard.charts.answers')],
        rows: byMonth.map((m) => ({
          key: m.month,
          cells: [
            format.month(m.month),
            m.average === null ? t('dashboard.hiddenShort') : format.number(m.average, 2),
            format.number(m.answers, 0),
          ],
        })),
      }}
    >
      {points.length === 0 ? (
        <p>{t('dashboard.charts.noRatings')}</p>
      ) : (
        <LineChart
          data={{
            chartTitle: title,
            lineChartData: [
              {
                legend,
                color: getColorFromToken(DataVizPalette.color1),
                data: points.map((p) => ({
                  x: p.date,
                  y: p.average,
                  xAxisCalloutData: format.month(p.month),
                  yAxisCalloutData: format.number(p.average, 2),
                })),
              },
            ],
          }}
          height={260}
          yMinValue={0}
          yMaxValue={5}
          yAxisTickCount={5}
          customDateTimeFormatter={(date) => format.month(date.toISOString().slice(0, 7))}
          tickValues={points.map((p) => p.date)}
          hideLegend
        />
      )}
    </ChartFigure>
  );
}
