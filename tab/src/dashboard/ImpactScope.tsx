import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { useProgrammeFormat } from '../programmes/use-programme-format';
import type { DashboardQuery } from './dashboard-api';
import { useFigureFormat } from './use-figure-format';

/** What the report covers: the programme's dates, or the chosen period, and the department if any. */
export function ImpactScope({ programme, filters }: { programme: ProgrammeDto; filters: DashboardQuery }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const programmeFormat = useProgrammeFormat();
  const period =
    filters.from || filters.to
      ? t('dashboard.report.period', {
          from: filters.from ? format.date(filters.from) : '…',
          to: filters.to ? format.date(filters.to) : '…',
        })
      : programmeFormat.dates(programme);
  const parts = [period, filters.department ?? t('dashboard.filters.allDepartments')];
  return <>{parts.join(' · ')}</>;
}
