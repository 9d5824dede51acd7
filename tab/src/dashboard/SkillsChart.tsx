import { DataVizPalette, GroupedVerticalBarChart, getColorFromToken } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { ChartFigure } from './ChartFigure';
import type { DashboardDto } from './dashboard-api';
import { skillGroups, skillRows } from './dashboard-figures';
import { useFigureFormat } from './use-figure-format';

const COLOURS: Record<string, string> = {
  'mentee-before': getColorFromToken(DataVizPalette.color3),
  'mentee-after': getColorFromToken(DataVizPalette.color1),
  'mentor-before': getColorFromToken(DataVizPalette.color6),
  'mentor-after': getColorFromToken(DataVizPalette.color2),
};

/** Self-assessed levels before and after, per skill and role; groups under the minimum are named, not drawn. */
export function SkillsChart({
  rows,
  minGroup,
  tableOpen,
}: {
  rows: DashboardDto['skillProgression'];
  minGroup: number;
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const format = useFigureFormat();
  const { shown, withheld } = skillRows(rows);
  const title = t('dashboard.charts.skills');
  const before = t('dashboard.charts.before');
  const after = t('dashboard.charts.after');
  const nameOf = (row: (typeof rows)[number]) =>
    t('dashboard.charts.skillRole', { skill: localised(row.label), role: t(`dashboard.roles.${row.role}`) });
  const level = (value: number | null) =>
    value === null ? t('dashboard.hiddenShort') : format.number(value, 2);
  return (
    <ChartFigure
      title={title}
      description={t('dashboard.charts.skillsLead')}
      tableOpen={tableOpen}
      note={
        withheld.length > 0
          ? t('dashboard.charts.skillsHidden', {
              count: minGroup,
              names: withheld.map(nameOf).join(', '),
            })
          : undefined
      }
      table={{
        columns: [t('dashboard.charts.skill'), before, after, t('dashboard.charts.people')],
        rows: [...shown, ...withheld].map((row) => ({
          key: `${row.skillId}-${row.role}`,
          cells: [nameOf(row), level(row.before), level(row.after), format.number(row.people, 0)],
        })),
      }}
    >
      {shown.length === 0 ? (
        <p>{t('dashboard.charts.noSkills', { count: minGroup })}</p>
      ) : (
        <GroupedVerticalBarChart
          data={skillGroups(shown).map((group) => ({
            name: localised(group.label),
            series: group.rows.flatMap((row) =>
              (['before', 'after'] as const).map((when) => ({
                key: `${row.role}-${when}`,
                legend: t('dashboard.charts.whenRole', {
                  when: when === 'before' ? before : after,
                  role: t(`dashboard.roles.${row.role}`),
                }),
                data: row[when] ?? 0,
                color: COLOURS[`${row.role}-${when}`],
                yAxisCalloutData: format.number(row[when] ?? 0, 2),
              })),
            ),
          }))}
          height={300}
          yMinValue={0}
          yMaxValue={5}
          yAxisTickCount={5}
          wrapXAxisLables
          enabledLegendsWrapLines
          hideLabels
        />
      )}
    </ChartFigure>
  );
}
