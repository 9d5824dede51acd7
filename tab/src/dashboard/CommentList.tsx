import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import type { CommentDto } from './dashboard-api';
import { useFollowUpStyles } from './FollowUp.styles';
import { useFigureFormat } from './use-figure-format';

const FIELDS = ['learned', 'shared', 'obstacles'] as const;

function CommentCard({ comment }: { comment: CommentDto }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const format = useFigureFormat();
  const titleId = useId();
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.title}>
        {t('dashboard.comments.by', {
          role: t(`dashboard.roles.one.${comment.authorRole}`),
          date: format.date(comment.submittedAt),
        })}
      </h4>
      {FIELDS.filter((field) => comment[field]).map((field) => (
        <p key={field} className={styles.line}>
          <span className={styles.term}>{t(`dashboard.comments.${field}`)}</span> {comment[field]}
        </p>
      ))}
    </li>
  );
}

/** What participants wrote after their sessions, unless they kept it private; no names. */
export function CommentList({ comments, limit = 12 }: { comments: CommentDto[]; limit?: number }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const written = comments.filter((c) => FIELDS.some((field) => c[field]));
  if (written.length === 0) {
    return <EmptyState title={t('dashboard.comments.noneTitle')}>{t('dashboard.comments.none')}</EmptyState>;
  }
  const latest = [...written].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).slice(0, limit);
  return (
    <>
      {written.length > limit && (
        <p className={styles.secondary}>
          {t('dashboard.comments.latest', { count: limit, total: written.length })}
        </p>
      )}
      <ul className={styles.list} aria-label={t('dashboard.comments.title')}>
        {latest.map((comment) => (
          <CommentCard key={`${comment.sessionId}-${comment.authorRole}`} comment={comment} />
        ))}
      </ul>
    </>
  );
}
