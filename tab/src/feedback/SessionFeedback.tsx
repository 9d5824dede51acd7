import { Button } from '@fluentui/react-components';
import { CommentCheckmarkRegular, CommentEditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemBar } from '../common/ProblemBar';
import { useMySessionsStyles } from '../sessions/MySessions.styles';
import type { SessionDto } from '../sessions/session-api';
import { useSessionFormat } from '../sessions/use-session-format';
import { FeedbackDialog } from './FeedbackDialog';
import { canChange } from './feedback-form';
import { useMyFeedback } from './feedback-queries';

/** On a session that has taken place: my feedback (given or not, until when it can change) and the form. */
export function SessionFeedback({
  session,
  partnerName,
  zone,
}: {
  session: SessionDto;
  partnerName: string;
  zone: string;
}) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const format = useSessionFormat(zone);
  const mine = useMyFeedback(session.id);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  if (mine.isPending) return null;
  if (mine.isError) return <ProblemBar error={mine.error} onRetry={() => void mine.refetch()} />;
  const saved = mine.data;
  const editable = canChange(saved, new Date());
  const label = !saved ? t('feedback.give') : editable ? t('feedback.change') : t('feedback.see');
  return (
    <>
      <p className={styles.line}>
        {saved
          ? editable
            ? t('feedback.givenUntil', {
                given: format.instant(saved.updatedAt),
                until: format.instant(saved.editableUntil),
              })
            : t('feedback.givenLocked', { given: format.instant(saved.updatedAt) })
          : t('feedback.notYet')}
      </p>
      <div className={styles.actions}>
        <Button
          appearance={saved ? 'secondary' : 'primary'}
          icon={saved ? <CommentEditRegular /> : <CommentCheckmarkRegular />}
          onClick={() => {
            setNotice('');
            setOpen(true);
          }}
          aria-label={`${label} – ${t('sessions.numberOf', { number: session.number, of: session.of })}`}
        >
          {label}
        </Button>
        <span className={styles.status} role="status">
          {notice}
        </span>
      </div>
      {open && (
        <FeedbackDialog
          session={session}
          saved={saved}
          partnerName={partnerName}
          onClose={() => setOpen(false)}
          onSaved={() => setNotice(t('feedback.saved'))}
        />
      )}
    </>
  );
}
