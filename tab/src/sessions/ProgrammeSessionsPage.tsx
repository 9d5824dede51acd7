import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MeDto } from '../../../api/src/contract';
import { problemText } from '../api/problem-text';
import { useProgramme } from '../api/programme-queries';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeLinks } from '../common/ProgrammeLinks';
import { BookingPanel } from './BookingPanel';
import { isBookingActive } from './booking-progress';
import { CancelSessionDialog } from './CancelSessionDialog';
import { SessionTable } from './SessionTable';
import { useSessionTableStyles } from './SessionTable.styles';
import { StatusFilter } from './StatusFilter';
import type { SessionDto, SessionStatusDto } from './session-api';
import { useBookingProgress, useProgrammeSessions, useReschedule } from './session-queries';
import { describeRefusal } from './session-refusal';
import { useSessionFormat } from './use-session-format';
import { zoneOrBrowser } from './wall-time';

const PAGE_SIZE = 50;

/** `#/admin/programmes/:programmeId/sessions`: book every pair's sessions, then follow and fix them. */
export function ProgrammeSessionsPage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const styles = useSessionTableStyles();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  // Only an admin of the programme may read its sessions: ask once that is known.
  const isAdmin = programme.data?.myRoles.includes('admin') ?? false;
  const progress = useBookingProgress(programmeId, { enabled: isAdmin });
  const [status, setStatus] = useState<SessionStatusDto | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const sessions = useProgrammeSessions(
    programmeId,
    { status, limit: PAGE_SIZE, offset },
    { live: isBookingActive(progress.data), enabled: isAdmin },
  );
  const format = useSessionFormat(zoneOrBrowser(me.person.timeZone));
  const reschedule = useReschedule();
  const [cancelling, setCancelling] = useState<SessionDto | null>(null);
  const toasterId = useId('sessions-toaster');
  const { dispatchToast } = useToastController(toasterId);

  const toast = (title: string, body?: string, intent: 'success' | 'error' = 'success') =>
    dispatchToast(
      <Toast>
        <ToastTitle>{title}</ToastTitle>
        {body && <ToastBody>{body}</ToastBody>}
      </Toast>,
      { intent, timeout: 8000 },
    );
  const pairOf = (session: SessionDto) => ({
    number: session.number,
    of: session.of,
    mentee: session.mentee.displayName,
    mentor: session.mentor.displayName,
  });
  const moveToNextSlot = (session: SessionDto) =>
    reschedule.mutate(
      { id: session.id },
      {
        onSuccess: (moved) => toast(t('sessions.admin.moved', pairOf(moved)), format.when(moved)),
        onError: (error) => {
          const refusal = describeRefusal(error, t);
          const fallback = problemText(error, t);
          toast(refusal?.title ?? t('errors.title'), refusal?.lines.join(' ') ?? fallback, 'error');
        },
      },
    );
  const filterBy = (next: SessionStatusDto | undefined) => {
    setStatus(next);
    setOffset(0);
  };

  if (programme.isPending) return <LoadingState label={t('sessions.admin.loading')} />;
  if (programme.isError) {
    return (
      <Page title={t('sessions.admin.open')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  const title = t('sessions.admin.title', { name: programme.data.name });
  if (!isAdmin) {
    return (
      <Page title={title}>
        <ProblemBar intent="warning" error={new Error(t('sessions.admin.forbidden'))} />
      </Page>
    );
  }
  const counts = progress.data?.counts;
  const attention = counts ? counts.needsSlot + counts.failed : 0;
  const items = sessions.data?.items ?? [];
  const total = sessions.data?.total ?? 0;

  return (
    <Page
      title={title}
      lead={
        <span className={styles.filters}>
          <ProgrammeLinks programmeId={programmeId} links={['edit', 'matching']} />
        </span>
      }
    >
      <Toaster
        toasterId={toasterId}
        position="top-end"
        role="region"
        aria-label={t('sessions.admin.notifications')}
      />
      <Body1 as="p" className={styles.intro}>
        {t('sessions.admin.lead', { zone: format.zoneName(programme.data.timeZone) })}
      </Body1>
      <PageSection title={t('sessions.book.title')}>
        <BookingPanel programme={programme.data} />
      </PageSection>
      <PageSection title={t('sessions.admin.list', { count: counts?.total ?? total })}>
        {counts && attention > 0 && status !== 'needs_slot' && status !== 'failed' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t('sessions.admin.attention', {
                needsSlot: t('sessions.book.needsSlot', { count: counts.needsSlot }),
                failed: t('sessions.book.failedCount', { count: counts.failed }),
              })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => filterBy(counts.needsSlot > 0 ? 'needs_slot' : 'failed')}>
                {t('sessions.admin.showThem')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {counts && counts.total > 0 && <StatusFilter counts={counts} status={status} onChange={filterBy} />}
        <Body1 as="p" className={styles.zone}>
          {t('sessions.admin.zone', { zone: format.zoneName() })}
        </Body1>
        {sessions.isPending && <LoadingState label={t('sessions.admin.loading')} />}
        {sessions.isError && <ProblemBar error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.isSuccess && items.length === 0 && (
          <EmptyState title={status ? t('sessions.admin.noneWith') : t('sessions.admin.none')}>
            {status ? t('sessions.admin.noneWithNext') : t('sessions.admin.noneNext')}
          </EmptyState>
        )}
        {items.length > 0 && (
          <SessionTable
            sessions={items}
            format={format}
            busyId={reschedule.isPending ? (reschedule.variables?.id ?? null) : null}
            onReschedule={moveToNextSlot}
            onCancel={setCancelling}
          />
        )}
        {total > PAGE_SIZE && (
          <nav className={styles.pager} aria-label={t('sessions.admin.pages')}>
            <Button
              icon={<ArrowLeftRegular />}
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              {t('sessions.admin.previous')}
            </Button>
            <span>
              {t('sessions.admin.range', {
                from: offset + 1,
                to: Math.min(offset + PAGE_SIZE, total),
                total,
              })}
            </span>
            <Button
              icon={<ArrowRightRegular />}
              iconPosition="after"
              disabled={offset + PAGE_SIZE >= total}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('sessions.admin.next')}
            </Button>
          </nav>
        )}
      </PageSection>
      {cancelling && (
        <CancelSessionDialog
          session={cancelling}
          recipients={t('matching.pair', {
            mentee: cancelling.mentee.displayName,
            mentor: cancelling.mentor.displayName,
          })}
          onClose={() => setCancelling(null)}
          onCancelled={(cancelled) => toast(t('sessions.admin.cancelled', pairOf(cancelled)))}
        />
      )}
    </Page>
  );
}
