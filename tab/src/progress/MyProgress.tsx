import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { useFigureFormat } from '../dashboard/use-figure-format';
import type { MyProgressDto } from '../feedback/feedback-api';
import { useMyProgress } from '../feedback/feedback-queries';
import { useLocalised } from '../programmes/use-localised';
import { useMySessionsStyles } from '../sessions/MySessions.styles';

function ProgressCard({ progress }: { progress: MyProgressDto }) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const localised = useLocalised();
  const format = useFigureFormat();
  const titleId = useId();
  const { sessions } = progress;
  const anyAfter = progress.skills.some((s) => s.after !== null);
  const level = (value: number | null) => (value === null ? '—' : format.number(value, 1));
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {progress.programmeName}
      </h3>
      <p className={styles.context}>{t(`programmes.role.${progress.role}`)}</p>
      <p className={styles.when}>
        {t('progress.sessions', { held: sessions.held, count: sessions.planned })}
        {sessions.missed > 0 && ` · ${t('progress.missed', { count: sessions.missed })}`}
      </p>
      {progress.myAverageRating !== null && (
        <p className={styles.line}>
          {t('progress.myRating', { value: format.number(progress.myAverageRating, 1) })}
        </p>
      )}
      {progress.goals && (
        <p className={styles.objective}>
          <span className={styles.label}>{t('progress.goals')}</span> {progress.goals}
        </p>
      )}
      {progress.skills.length > 0 && (
        <Table size="extra-small" aria-label={t('progress.skills')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('progress.skill')}</TableHeaderCell>
              <TableHeaderCell>{t('progress.before')}</TableHeaderCell>
              <TableHeaderCell>{t('progress.after')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {progress.skills.map((skill) => (
              <TableRow key={skill.skillId}>
                <TableCell>{localised(skill.label)}</TableCell>
                <TableCell>{level(skill.before)}</TableCell>
                <TableCell>
                  {skill.after === null
                    ? level(null)
                    : t('progress.afterValue', {
                        value: level(skill.after),
                        delta: skill.before === null ? '' : format.signed(skill.after - skill.before),
                      })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!anyAfter && progress.skills.length > 0 && <p className={styles.note}>{t('progress.afterLater')}</p>}
    </li>
  );
}

/** "My progress" in My space: sessions held, goals, and skills before → after once the post survey is in. */
export function MyProgress() {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const progress = useMyProgress();
  if (progress.isPending) return <LoadingState label={t('progress.loading')} />;
  if (progress.isError) return <ProblemBar error={progress.error} onRetry={() => void progress.refetch()} />;
  if (progress.data.items.length === 0) {
    return <EmptyState title={t('progress.noneTitle')}>{t('progress.none')}</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label={t('progress.title')}>
      {progress.data.items.map((item) => (
        <ProgressCard key={item.programmeId} progress={item} />
      ))}
    </ul>
  );
}
