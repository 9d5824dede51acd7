import { Button, Link } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  CalendarCancelRegular,
  CalendarEditRegular,
  CalendarLtrRegular,
  CalendarSyncRegular,
  FlagCheckeredRegular,
  TextBulletListLtrRegular,
  VideoRegular,
} from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { useDemoFinish } from '../feedback/feedback-queries';
import { AgendaDialog } from './AgendaDialog';
import { CancelSessionDialog } from './CancelSessionDialog';
import { ChooseTimeDialog } from './ChooseTimeDialog';
import { useMySessionsStyles } from './MySessions.styles';
import { SessionProblemBar } from './SessionProblemBar';
import { saveFile } from './save-file';
import { type SessionDto, type SessionPersonDto, sessionApi } from './session-api';
import { useReschedule } from './session-queries';
import { useSessionFormat } from './use-session-format';
import { toWallDate } from './wall-time';

/** Where the demo tenant shows a person's Outlook calendar, opened at the session's day. */
const demoCalendarUrl = (upn: string, day: string) =>
  `/_demo/calendar/${encodeURIComponent(upn)}?from=${encodeURIComponent(day)}`;

/**
 * What a member of the pair can do with one session, as far as the service allows (`can`): join,
 * move it, change its agenda, cancel it, and take it to another calendar.
 */
export function SessionActions({
  session,
  partner,
  zone,
  demoCalendarOf,
}: {
  session: SessionDto;
  partner: SessionPersonDto;
  zone: string;
  /** The signed-in person's UPN in demo mode, for the link to their demo calendar; null otherwise. */
  demoCalendarOf: string | null;
}) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const { api } = useSession();
  const format = useSessionFormat(zone);
  const [dialog, setDialog] = useState<'choose' | 'cancel' | 'agenda' | null>(null);
  const [notice, setNotice] = useState('');
  const reschedule = useReschedule();
  const finish = useDemoFinish();
  const ics = useMutation({
    mutationFn: () => sessionApi.ics(api, session.id),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename ?? `binome-session-${session.number}.ics`),
  });
  const moved = (next: SessionDto) =>
    setNotice(
      next.startsAt
        ? t('sessions.movedTo', { when: format.when(next), name: partner.displayName })
        : t('sessions.movedNoTime'),
    );
  const findAnother = () => {
    setNotice('');
    reschedule.mutate({ id: session.id }, { onSuccess: moved });
  };
  const { can } = session;
  const scheduled = session.startsAt !== null && session.status !== 'cancelled';

  return (
    <>
      <div className={styles.actions}>
        {session.joinUrl && (
          <Button
            as="a"
            appearance="primary"
            icon={<VideoRegular />}
            href={session.joinUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('sessions.join')}
          </Button>
        )}
        {can.reschedule && (
          <Button icon={<CalendarSyncRegular />} disabled={reschedule.isPending} onClick={findAnother}>
            {reschedule.isPending ? t('sessions.finding') : t('sessions.findAnother')}
          </Button>
        )}
        {can.reschedule && (
          <Button icon={<CalendarEditRegular />} onClick={() => setDialog('choose')}>
            {t('sessions.chooseTime')}
          </Button>
        )}
        {can.editAgenda && (
          <Button icon={<TextBulletListLtrRegular />} onClick={() => setDialog('agenda')}>
            {t('sessions.editAgenda')}
          </Button>
        )}
        {can.cancel && (
          <Button icon={<CalendarCancelRegular />} onClick={() => setDialog('cancel')}>
            {t('sessions.cancelAction')}
          </Button>
        )}
        <span className={styles.status} role="status">
          {notice}
        </span>
      </div>
      {scheduled && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={ics.isPending}
            onClick={() => ics.mutate()}
          >
            {t('sessions.ics')}
          </Button>
          {demoCalendarOf && session.startsAt && (
            <Link
              href={demoCalendarUrl(demoCalendarOf, toWallDate(new Date(session.startsAt), zone))}
              target="_blank"
              rel="noopener noreferrer"
            >
              <CalendarLtrRegular aria-hidden /> {t('sessions.demoCalendar')}
            </Link>
          )}
        </div>
      )}
      {demoCalendarOf && session.status === 'booked' && (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            size="small"
            icon={<FlagCheckeredRegular />}
            disabled={finish.isPending}
            onClick={() =>
              finish.mutate(session.id, { onSuccess: () => setNotice(t('sessions.demoFinished')) })
            }
          >
            {t('sessions.demoFinish')}
          </Button>
        </div>
      )}
      {finish.isError && <SessionProblemBar error={finish.error} />}
      {reschedule.isError && <SessionProblemBar error={reschedule.error} />}
      {ics.isError && <SessionProblemBar error={ics.error} />}
      {dialog === 'choose' && (
        <ChooseTimeDialog
          session={session}
          zone={zone}
          partner={partner}
          onClose={() => setDialog(null)}
          onMoved={moved}
        />
      )}
      {dialog === 'cancel' && (
        <CancelSessionDialog
          session={session}
          recipients={partner.displayName}
          onClose={() => setDialog(null)}
          onCancelled={() => setNotice(t('sessions.cancelled', { name: partner.displayName }))}
        />
      )}
      {dialog === 'agenda' && (
        <AgendaDialog
          session={session}
          onClose={() => setDialog(null)}
          onSaved={() => setNotice(t('sessions.agenda.saved'))}
        />
      )}
    </>
  );
}
