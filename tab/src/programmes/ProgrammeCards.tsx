import type { ProgrammeSummaryDto } from '../../../api/src/contract';
import { ProgrammeCard } from './ProgrammeCard';
import { useProgrammeCardsStyles } from './ProgrammeCards.styles';

export function ProgrammeCards({
  programmes,
  headingLevel,
  label,
}: {
  programmes: ProgrammeSummaryDto[];
  headingLevel?: 'h2' | 'h3';
  label: string;
}) {
  const styles = useProgrammeCardsStyles();
  return (
    <ul className={styles.grid} aria-label={label}>
      {programmes.map((programme) => (
        <li key={programme.id}>
          <ProgrammeCard programme={programme} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
