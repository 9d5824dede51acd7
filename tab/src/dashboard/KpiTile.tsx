import { EyeOffRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureState } from './dashboard-figures';
import { useKpiTilesStyles } from './KpiTiles.styles';

/**
 * One key figure: its name, its value (or why there is none) and how many people it rests on.
 * `unit` counts what `people` counts (people by default, pairs for retention).
 */
export function KpiTile({
  label,
  state,
  text,
  minGroup,
  unit = 'people',
  extra,
}: {
  label: string;
  state: FigureState;
  /** The value as written, when there is one. */
  text?: string;
  minGroup: number;
  unit?: 'people' | 'pairs';
  extra?: string;
}) {
  const { t } = useTranslation();
  const styles = useKpiTilesStyles();
  const labelId = useId();
  return (
    <li className={styles.tile} aria-labelledby={labelId} data-kpi-state={state.kind}>
      <p id={labelId} className={styles.label}>
        {label}
      </p>
      {state.kind === 'value' && <p className={styles.value}>{text}</p>}
      {state.kind === 'withheld' && (
        <p className={styles.hidden}>
          <EyeOffRegular aria-hidden />
          {t('dashboard.hidden', { count: minGroup })}
        </p>
      )}
      {state.kind === 'empty' && <p className={styles.hidden}>{t('dashboard.noFigure')}</p>}
      <p className={styles.detail}>
        {state.kind === 'withheld'
          ? t('dashboard.hiddenWhy', { count: minGroup })
          : t(`dashboard.${unit}`, { count: state.people })}
        {extra && state.kind === 'value' ? ` · ${extra}` : ''}
      </p>
    </li>
  );
}
