import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummaryDto } from '../../../api/src/contract';
import { useProgrammeTableStyles } from './ProgrammeTable.styles';
import { StatusBadge } from './StatusBadge';
import { useProgrammeFormat } from './use-programme-format';

/** Steps at which a programme has (or can book) sessions. */
const SESSION_STEPS: ReadonlySet<ProgrammeSummaryDto['status']> = new Set([
  'matching',
  'running',
  'closing',
  'closed',
]);

/** Every programme with its status; scrolls sideways on a phone rather than squeezing. */
export function ProgrammeTable({ programmes, label }: { programmes: ProgrammeSummaryDto[]; label: string }) {
  const { t } = useTranslation();
  const styles = useProgrammeTableStyles();
  const format = useProgrammeFormat();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={styles.scroller} aria-label={label} tabIndex={0}>
      <Table className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('admin.name')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.status')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.dates')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.rhythm')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.volunteers')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.sessions')}</TableHeaderCell>
            <TableHeaderCell>{t('admin.dashboard')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {programmes.map((programme) => (
            <TableRow key={programme.id}>
              <TableCell className={styles.name}>
                <Link href={`#/admin/programmes/${programme.id}`}>{programme.name}</Link>
              </TableCell>
              <TableCell>
                <StatusBadge status={programme.status} />
              </TableCell>
              <TableCell>{format.dates(programme)}</TableCell>
              <TableCell>{format.rhythm(programme)}</TableCell>
              <TableCell>
                {programme.status !== 'draft' && (
                  <Link
                    href={`#/admin/programmes/${programme.id}/volunteers`}
                    aria-label={t('admin.volunteersOf', { name: programme.name })}
                  >
                    {t('admin.volunteers')}
                  </Link>
                )}
              </TableCell>
              <TableCell>
                {SESSION_STEPS.has(programme.status) && (
                  <Link
                    href={`#/admin/programmes/${programme.id}/sessions`}
                    aria-label={t('admin.sessionsOf', { name: programme.name })}
                  >
                    {t('admin.sessions')}
                  </Link>
                )}
              </TableCell>
              <TableCell>
                {SESSION_STEPS.has(programme.status) && (
                  <Link
                    href={`#/programmes/${programme.id}/dashboard`}
                    aria-label={t('admin.dashboardOf', { name: programme.name })}
                  >
                    {t('admin.dashboard')}
                  </Link>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
