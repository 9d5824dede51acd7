import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RecruitmentStatsDto } from '../api/programme-api';
import { useRecruitmentSummaryStyles } from './RecruitmentSummary.styles';
import { useBalanceSentence } from './use-balance-sentence';

/** Volunteers per role (withdrawn and declined left out), the balance, and where they work. */
export function RecruitmentSummary({ stats }: { stats: RecruitmentStatsDto }) {
  const { t } = useTranslation();
  const styles = useRecruitmentSummaryStyles();
  const sentence = useBalanceSentence()(stats.balance);
  const tiles: [string, number][] = [
    [t('volunteers.counts.mentors'), stats.byRole.mentor],
    [t('volunteers.counts.mentees'), stats.byRole.mentee],
    [t('volunteers.counts.toReview'), stats.byStatus.applied ?? 0],
    [t('volunteers.counts.approved'), (stats.byStatus.approved ?? 0) + (stats.byStatus.paired ?? 0)],
  ];
  return (
    <div className={styles.root}>
      <ul className={styles.tiles} aria-label={t('volunteers.counts.label')}>
        {tiles.map(([label, count]) => (
          <li key={label} className={styles.tile}>
            <Text className={styles.count}>{count}</Text>
            <Text className={styles.label}>{label}</Text>
          </li>
        ))}
      </ul>
      <MessageBar
        layout="multiline"
        intent={sentence.enough === false ? 'warning' : sentence.enough ? 'success' : 'info'}
      >
        <MessageBarBody>
          {sentence.text} {t('volunteers.balance.basis')}
        </MessageBarBody>
      </MessageBar>
      {stats.byDepartment.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className={styles.departments} aria-label={t('volunteers.byDepartment')} tabIndex={0}>
          <Table size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('volunteers.department')}</TableHeaderCell>
                <TableHeaderCell>{t('volunteers.counts.mentors')}</TableHeaderCell>
                <TableHeaderCell>{t('volunteers.counts.mentees')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {stats.byDepartment.map((row) => (
                <TableRow key={row.department}>
                  <TableCell>
                    {row.department === '—' ? t('volunteers.noDepartment') : row.department}
                  </TableCell>
                  <TableCell>{row.mentor}</TableCell>
                  <TableCell>{row.mentee}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
