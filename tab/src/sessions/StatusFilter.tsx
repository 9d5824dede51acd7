import { ToggleButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSessionTableStyles } from './SessionTable.styles';
import type { BookingProgressDto, SessionStatusDto } from './session-api';

/** The statuses in the order an admin looks at them: what needs them first. */
export const FILTER_ORDER: readonly SessionStatusDto[] = [
  'needs_slot',
  'failed',
  'booked',
  'planned',
  'held',
  'missed',
  'cancelled',
];

export function countOf(counts: BookingProgressDto['counts'], status: SessionStatusDto): number {
  return status === 'needs_slot' ? counts.needsSlot : counts[status];
}

/** One button per status the programme has sessions in, with its count; "All" clears the filter. */
export function StatusFilter({
  counts,
  status,
  onChange,
}: {
  counts: BookingProgressDto['counts'];
  status: SessionStatusDto | undefined;
  onChange: (status: SessionStatusDto | undefined) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionTableStyles();
  const shown = FILTER_ORDER.filter((s) => countOf(counts, s) > 0 || s === status);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a set of toggles, not a form to submit
    <div className={styles.filters} role="group" aria-label={t('sessions.admin.filter')}>
      <ToggleButton size="small" checked={status === undefined} onClick={() => onChange(undefined)}>
        {t('sessions.admin.all', { count: counts.total })}
      </ToggleButton>
      {shown.map((s) => (
        <ToggleButton key={s} size="small" checked={status === s} onClick={() => onChange(s)}>
          {t('sessions.admin.statusCount', { status: t(`sessions.status.${s}`), count: countOf(counts, s) })}
        </ToggleButton>
      ))}
    </div>
  );
}
