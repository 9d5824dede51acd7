import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummaryDto } from '../../../api/src/contract';
import { useProgrammes } from '../api/queries';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeCards } from './ProgrammeCards';

/** The programmes as cards, with their loading, error and empty states. */
export function ProgrammesView({
  label,
  empty,
  select = () => true,
  headingLevel,
}: {
  label: string;
  empty: ReactNode;
  select?: (programme: ProgrammeSummaryDto) => boolean;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  if (programmes.isPending) return <LoadingState label={t('programmes.loading')} />;
  if (programmes.isError) {
    return <ProblemBar error={programmes.error} onRetry={() => void programmes.refetch()} />;
  }
  const items = programmes.data.items.filter(select);
  if (items.length === 0) return empty;
  return <ProgrammeCards programmes={items} label={label} headingLevel={headingLevel} />;
}
