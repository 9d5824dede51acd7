import { useTranslation } from 'react-i18next';
import type { DashboardDto } from './dashboard-api';
import { type FigureState, figureState } from './dashboard-figures';
import { KpiTile } from './KpiTile';
import { useKpiTilesStyles } from './KpiTiles.styles';
import { useFigureFormat } from './use-figure-format';

/** The programme's key figures, each with the people behind it or the reason it is hidden. */
export function KpiTiles({ dashboard }: { dashboard: DashboardDto }) {
  const { t } = useTranslation();
  const styles = useKpiTilesStyles();
  const format = useFigureFormat();
  const { minGroup, population, withheld, sessions } = dashboard;
  const counted = (value: number | null, people: number): FigureState =>
    withheld
      ? { kind: 'withheld', people }
      : value === null
        ? { kind: 'empty', people }
        : { kind: 'value', value, people };
  const rating = figureState(dashboard.ratings.average);
  const nps = figureState(dashboard.nps);
  const attainment = figureState(dashboard.objectiveAttainment);
  const response = figureState(dashboard.responseRate);
  const satisfaction = figureState(dashboard.satisfaction);
  const retention = counted(dashboard.retention.value, dashboard.retention.pairs);
  const heldPerPair = counted(sessions.heldPerPair, population);
  const shown = (state: FigureState) => (state.kind === 'value' ? state.value : 0);
  return (
    <ul className={styles.list} aria-label={t('dashboard.kpis')}>
      <KpiTile
        label={t('dashboard.pairsActive')}
        state={counted(dashboard.pairs.active, population)}
        text={format.number(dashboard.pairs.active, 0)}
        minGroup={minGroup}
        extra={t('dashboard.pairsEnded', { count: dashboard.pairs.ended })}
      />
      <KpiTile
        label={t('dashboard.heldPerPair')}
        state={heldPerPair}
        text={t('dashboard.outOf', {
          value: format.number(shown(heldPerPair)),
          of: sessions.plannedPerPair,
        })}
        minGroup={minGroup}
        extra={t('dashboard.heldTotal', { count: sessions.held })}
      />
      <KpiTile
        label={t('dashboard.averageRating')}
        state={rating}
        text={t('dashboard.outOf', { value: format.number(shown(rating), 2), of: 5 })}
        minGroup={minGroup}
      />
      <KpiTile label={t('dashboard.nps')} state={nps} text={format.signed(shown(nps))} minGroup={minGroup} />
      <KpiTile
        label={t('dashboard.satisfaction')}
        state={satisfaction}
        text={t('dashboard.outOf', { value: format.number(shown(satisfaction), 2), of: 5 })}
        minGroup={minGroup}
      />
      <KpiTile
        label={t('dashboard.attainment')}
        state={attainment}
        text={format.percent(shown(attainment))}
        minGroup={minGroup}
      />
      <KpiTile
        label={t('dashboard.responseRate')}
        state={response}
        text={format.percent(shown(response))}
        minGroup={minGroup}
      />
      <KpiTile
        label={t('dashboard.retention')}
        state={retention}
        text={format.percent(shown(retention))}
        minGroup={minGroup}
        unit="pairs"
      />
    </ul>
  );
}
