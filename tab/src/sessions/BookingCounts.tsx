import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useBookingPanelStyles } from './BookingPanel.styles';
import type { BookingProgressDto } from './session-api';

/** The programme's sessions by state; the ones the booking deals with always, the others when there are some. */
export function BookingCounts({ counts }: { counts: BookingProgressDto['counts'] }) {
  const { t, i18n } = useTranslation();
  const styles = useBookingPanelStyles();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const tiles: [string, number][] = [
    [t('sessions.counts.booked'), counts.booked],
    [t('sessions.counts.needsSlot'), counts.needsSlot],
    [t('sessions.counts.failed'), counts.failed],
    [t('sessions.counts.remaining'), counts.planned],
  ];
  if (counts.held > 0) tiles.push([t('sessions.counts.held'), counts.held]);
  if (counts.missed > 0) tiles.push([t('sessions.counts.missed'), counts.missed]);
  if (counts.cancelled > 0) tiles.push([t('sessions.counts.cancelled'), counts.cancelled]);
  return (
    <ul className={styles.tiles} aria-label={t('sessions.counts.label')}>
      {tiles.map(([label, value]) => (
        <li key={label} className={styles.tile}>
          <Text className={styles.value}>{number.format(value)}</Text>
          <Text className={styles.label}>{label}</Text>
        </li>
      ))}
    </ul>
  );
}
