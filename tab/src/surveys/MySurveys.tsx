import { Badge, Button } from '@fluentui/react-components';
import { PollRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import type { MySurveyDto } from '../feedback/feedback-api';
import { useMySurveys } from '../feedback/feedback-queries';
import { useMySessionsStyles } from '../sessions/MySessions.styles';
import { useSessionFormat } from '../sessions/use-session-format';
import { zoneOrBrowser } from '../sessions/wall-time';
import { SurveyDialog } from './SurveyDialog';
import { sortSurveys } from './survey-form';

function SurveyCard({ survey, zone }: { survey: MySurveyDto; zone: string }) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const format = useSessionFormat(zone);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const closed = Date.parse(survey.closesAt) <= Date.now();
  const kind = t(`surveys.kinds.${survey.kind}`);
  const action = survey.answer ? t('surveys.change') : t('surveys.answer');
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.top}>
        <Badge
          appearance="tint"
          color={survey.answer ? 'success' : closed ? 'informative' : 'brand'}
          shape="rounded"
        >
          {survey.answer ? t('surveys.answered') : closed ? t('surveys.closed') : t('surveys.toAnswer')}
        </Badge>
        <span className={styles.context}>{survey.programmeName}</span>
      </div>
      <h3 id={titleId} className={styles.title}>
        {kind}
      </h3>
      <p className={styles.line}>
        {closed
          ? t('surveys.closedOn', { date: format.instant(survey.closesAt) })
          : t('surveys.closesOn', { date: format.instant(survey.closesAt) })}
      </p>
      {survey.answer && (
        <p className={styles.line}>
          {t('surveys.answeredOn', { date: format.instant(survey.answer.submittedAt) })}
        </p>
      )}
      {!closed && (
        <div className={styles.actions}>
          <Button
            appearance={survey.answer ? 'secondary' : 'primary'}
            icon={<PollRegular />}
            onClick={() => {
              setNotice('');
              setOpen(true);
            }}
            aria-label={`${action} – ${kind}`}
          >
            {action}
          </Button>
          <span className={styles.status} role="status">
            {notice}
          </span>
        </div>
      )}
      {open && (
        <SurveyDialog
          survey={survey}
          onClose={() => setOpen(false)}
          onSaved={() => setNotice(t('surveys.saved'))}
        />
      )}
    </li>
  );
}

/** The surveys sent to me (post self-assessment, pulse, closing): answer or change until they close. */
export function MySurveys({ timeZone }: { timeZone: string | null }) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const surveys = useMySurveys();
  const zone = zoneOrBrowser(timeZone);
  if (surveys.isPending) return <LoadingState label={t('surveys.loading')} />;
  if (surveys.isError) return <ProblemBar error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (surveys.data.items.length === 0) {
    return <EmptyState title={t('surveys.noneTitle')}>{t('surveys.none')}</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label={t('surveys.title')}>
      {sortSurveys(surveys.data.items, new Date()).map((survey) => (
        <SurveyCard key={`${survey.programmeId}-${survey.kind}`} survey={survey} zone={zone} />
      ))}
    </ul>
  );
}
