import { Text } from '@fluentui/react-components';
import type { ProgrammeStatusDto, ProgrammeSummaryDto } from '../../../api/src/contract';
import { StatusBadge } from './StatusBadge';
import { useStatusSummaryStyles } from './StatusSummary.styles';

const LIFECYCLE: readonly ProgrammeStatusDto[] = [
  'draft',
  'recruiting',
  'matching',
  'running',
  'closing',
  'closed',
];

/** How many programmes stand at each step of the lifecycle, in lifecycle order. */
export function StatusSummary({ programmes, label }: { programmes: ProgrammeSummaryDto[]; label: string }) {
  const styles = useStatusSummaryStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {LIFECYCLE.map((status) => (
        <li key={status} className={styles.tile}>
          <Text className={styles.count}>{programmes.filter((p) => p.status === status).length}</Text>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
