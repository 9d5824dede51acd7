import { Button } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { ProblemBar } from '../common/ProblemBar';
import type { SupportRequestDto } from './dashboard-api';
import { useMarkHandled } from './dashboard-queries';
import { useFollowUpStyles } from './FollowUp.styles';
import { useFigureFormat } from './use-figure-format';

function SupportCard({ request, programmeId }: { request: SupportRequestDto; programmeId: string }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const format = useFigureFormat();
  const titleId = useId();
  const handle = useMarkHandled(programmeId);
  const who = {
    name: request.author.displayName,
    role: t(`dashboard.roles.one.${request.author.role}`),
  };
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.title}>
        {t('dashboard.support.from', who)}
      </h4>
      <p className={styles.secondary}>
        {t('dashboard.support.asked', { date: format.date(request.submittedAt) })}
      </p>
      <p className={request.obstacles ? styles.quote : styles.secondary}>
        {request.obstacles || t('dashboard.support.noText')}
      </p>
      <div className={styles.actions}>
        {request.handledAt ? (
          <span className={styles.secondary}>
            <CheckmarkCircleRegular aria-hidden />{' '}
            {t('dashboard.support.handled', { date: format.date(request.handledAt) })}
          </span>
        ) : (
          <Button
            size="small"
            icon={<CheckmarkRegular />}
            disabled={handle.isPending}
            onClick={() => handle.mutate({ sessionId: request.sessionId, authorAadId: request.author.aadId })}
            aria-label={t('dashboard.support.markHandledFor', { name: request.author.displayName })}
          >
            {t('dashboard.support.markHandled')}
          </Button>
        )}
      </div>
      {handle.isError && <ProblemBar error={handle.error} />}
    </li>
  );
}

/** "I'd like support" answers: who asked, when, what got in the way, and whether someone followed up. */
export function SupportRequests({
  requests,
  programmeId,
}: {
  requests: SupportRequestDto[];
  programmeId: string;
}) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  if (requests.length === 0) {
    return <EmptyState title={t('dashboard.support.noneTitle')}>{t('dashboard.support.none')}</EmptyState>;
  }
  const open = requests.filter((r) => !r.handledAt);
  const done = requests.filter((r) => r.handledAt);
  return (
    <ul className={styles.list} aria-label={t('dashboard.support.title')}>
      {[...open, ...done].map((request) => (
        <SupportCard
          key={`${request.sessionId}-${request.author.aadId}`}
          request={request}
          programmeId={programmeId}
        />
      ))}
    </ul>
  );
}
