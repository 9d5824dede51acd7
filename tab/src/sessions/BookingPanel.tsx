import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { CalendarCheckmarkRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { BookingCounts } from './BookingCounts';
import { useBookingPanelStyles } from './BookingPanel.styles';
import { bookingBlockers, bookingFigures, isBookingActive } from './booking-progress';
import { SessionProblemBar } from './SessionProblemBar';
import type { BookingProgressDto } from './session-api';
import { useBookAll, useBookingProgress } from './session-queries';

/**
 * "Book all sessions": the button (or why it cannot be pressed), the run's progress while it is
 * queued or running, and what it did once finished.
 */
export function BookingPanel({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const styles = useBookingPanelStyles();
  const reasonId = useId();
  const progress = useBookingProgress(programme.id);
  const book = useBookAll(programme.id);
  if (progress.isPending) return <LoadingState label={t('sessions.book.loading')} />;
  if (progress.isError) return <ProblemBar error={progress.error} onRetry={() => void progress.refetch()} />;
  const blockers = bookingBlockers(programme, progress.data);
  const active = isBookingActive(progress.data);
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          icon={<CalendarCheckmarkRegular />}
          disabledFocusable={blockers.length > 0 || book.isPending}
          aria-describedby={blockers.length > 0 ? reasonId : undefined}
          onClick={() => book.mutate()}
        >
          {t('sessions.book.action')}
        </Button>
        {blockers.length > 0 && (
          <Text id={reasonId} className={styles.reason}>
            {blockers.map((blocker) => t(`sessions.book.blocked.${blocker}`)).join(' ')}
          </Text>
        )}
      </div>
      {book.isError && <SessionProblemBar error={book.error} />}
      {progress.data.pairsToPlan > 0 && !active && (
        <Text className={styles.reason}>
          {t('sessions.book.pairsToPlan', { count: progress.data.pairsToPlan })}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {active ? <Text>{t('sessions.book.running')}</Text> : <Outcome progress={progress.data} />}
      </div>
      {active && <Progress progress={progress.data} />}
      {progress.data.counts.total > 0 && <BookingCounts counts={progress.data.counts} />}
    </div>
  );
}

function Progress({ progress }: { progress: BookingProgressDto }) {
  const { t } = useTranslation();
  const styles = useBookingPanelStyles();
  const figures = bookingFigures(progress);
  return (
    <Field
      className={styles.progress}
      label={t('sessions.book.progressLabel')}
      hint={
        figures.fraction === null
          ? t('sessions.book.planning')
          : t('sessions.book.progressHint', { handled: figures.handled, of: figures.of })
      }
    >
      <ProgressBar thickness="large" value={figures.fraction ?? undefined} max={1} />
    </Field>
  );
}

/** The last run's result: done (with what needs a look) or stopped. */
function Outcome({ progress }: { progress: BookingProgressDto }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  const finished = progress.finishedAt ? when.format(new Date(progress.finishedAt)) : '';
  if (progress.state === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('sessions.book.failedTitle')}</MessageBarTitle>
          {t('sessions.book.failed', { error: progress.lastError ?? '' })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (progress.state !== 'done') return null;
  const { booked, needsSlot, failed } = progress.counts;
  const attention = needsSlot + failed > 0;
  return (
    <MessageBar intent={attention ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('sessions.book.doneTitle', { date: finished })}</MessageBarTitle>
        {t('sessions.book.done', {
          booked: t('sessions.book.booked', { count: booked }),
          needsSlot: t('sessions.book.needsSlot', { count: needsSlot }),
          failed: t('sessions.book.failedCount', { count: failed }),
        })}
        {attention && ` ${t('sessions.book.doneNext')}`}
      </MessageBarBody>
    </MessageBar>
  );
}
