import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  mergeClasses,
} from '@fluentui/react-components';
import { CalendarClockRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { takesFeedback } from '../feedback/feedback-form';
import { SessionFeedback } from '../feedback/SessionFeedback';
import { useLocalised } from '../programmes/use-localised';
import { useMySessionsStyles } from './MySessions.styles';
import { partnerOf } from './my-sessions';
import { SessionActions } from './SessionActions';
import { SessionStatusBadge } from './SessionStatusBadge';
import type { SessionDto } from './session-api';
import { sessionNote } from './session-state';
import { useSessionFormat } from './use-session-format';

/**
 * One of the person's sessions: its theme, when (in their zone, and in their partner's when it
 * differs), its state and why, its objective and agenda, and what they can do with it.
 */
export function MySessionCard({
  session,
  aadId,
  zone,
  demoCalendarOf,
  past = false,
}: {
  session: SessionDto;
  aadId: string;
  zone: string;
  demoCalendarOf: string | null;
  past?: boolean;
}) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const localised = useLocalised();
  const format = useSessionFormat(zone);
  const titleId = useId();
  const pair = partnerOf(session, aadId);
  const note = sessionNote(session, { language: format.language, t, when: format.instant });
  const agenda =
    session.agenda[format.language].length > 0 ? session.agenda[format.language] : session.agenda.en;
  const partner = pair?.partner;
  const answered =
    partner && session.status === 'booked' && partner.response
      ? t(`sessions.response.${partner.response}`, { name: partner.displayName, defaultValue: '' })
      : '';
  return (
    <li
      className={mergeClasses(styles.card, (past || session.status === 'cancelled') && styles.muted)}
      aria-labelledby={titleId}
    >
      <div className={styles.top}>
        <SessionStatusBadge session={session} />
        <span className={styles.context}>
          {t('sessions.numberOf', { number: session.number, of: session.of })} · {session.programmeName}
        </span>
      </div>
      <h3 id={titleId} className={styles.title}>
        {localised(session.label)}
      </h3>
      <p className={styles.when}>
        <CalendarClockRegular className={styles.icon} aria-hidden />
        <span>{format.when(session)}</span>
      </p>
      {partner && format.differs(session, partner.timeZone) && (
        <p className={styles.line}>
          {t('sessions.partnerTime', {
            name: partner.displayName,
            hours: format.hours(session, partner.timeZone),
            zone: format.zoneName(partner.timeZone),
          })}
        </p>
      )}
      {pair && (
        <p className={styles.line}>
          {t(`sessions.with.${pair.partnerRole}`, { name: pair.partner.displayName })}
          {answered && ` · ${answered}`}
        </p>
      )}
      {note && <p className={styles.note}>{note}</p>}
      <p className={styles.objective}>
        <span className={styles.label}>{t('sessions.objective')}</span> {localised(session.objective)}
      </p>
      {agenda.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="agenda">
            <AccordionHeader size="small" expandIconPosition="start">
              {t('sessions.agendaToggle', { count: agenda.length })}
            </AccordionHeader>
            <AccordionPanel>
              <ol className={styles.agenda}>
                {agenda.map((item, index) => (
                  // Items may repeat; their place in the agenda is what tells them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the agenda is read-only here
                  <li key={index}>{item}</li>
                ))}
              </ol>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {pair && takesFeedback(session, new Date()) && (
        <SessionFeedback session={session} partnerName={pair.partner.displayName} zone={zone} />
      )}
      {pair && !past && (
        <SessionActions
          session={session}
          partner={pair.partner}
          zone={zone}
          demoCalendarOf={demoCalendarOf}
        />
      )}
    </li>
  );
}
