import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { EyeOffRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { DashboardDto } from './dashboard-api';
import { useFollowUpStyles } from './FollowUp.styles';
import { useFigureFormat } from './use-figure-format';

/** One row per department; a department under the minimum shows its head count only. */
export function DepartmentTable({
  rows,
  minGroup,
}: {
  rows: DashboardDto['byDepartment'];
  minGroup: number;
}) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const format = useFigureFormat();
  const hidden = (
    <span>
      <EyeOffRegular aria-hidden /> {t('dashboard.hidden', { count: minGroup })}
    </span>
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={styles.scroller} aria-label={t('dashboard.departments.table')} tabIndex={0}>
      <Table className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('dashboard.departments.department')}</TableHeaderCell>
            <TableHeaderCell>{t('dashboard.departments.people')}</TableHeaderCell>
            <TableHeaderCell>{t('dashboard.departments.held')}</TableHeaderCell>
            <TableHeaderCell>{t('dashboard.departments.rating')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.department} data-withheld={row.withheld}>
              <TableCell>{row.department}</TableCell>
              <TableCell>{format.number(row.people, 0)}</TableCell>
              <TableCell>
                {row.withheld ? hidden : row.heldSessions === null ? '—' : format.number(row.heldSessions, 0)}
              </TableCell>
              <TableCell>
                {row.withheld
                  ? hidden
                  : row.averageRating === null
                    ? '—'
                    : format.number(row.averageRating, 2)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
