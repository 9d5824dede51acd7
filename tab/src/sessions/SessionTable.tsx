import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { CalendarCancelRegular, CalendarSyncRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { SessionStatusBadge } from './SessionStatusBadge';
import { useSessionTableStyles } from './SessionTable.styles';
import type { SessionDto } from './session-api';
import { sessionNote } from './session-state';
import type { SessionFormat } from './use-session-format';

/** A programme's sessions, one row each: the pair, which session, when, its state and why, and the actions allowed. */
export function SessionTable({
  sessions,
  format,
  busyId,
  onReschedule,
  onCancel,
}: {
  sessions: SessionDto[];
  format: SessionFormat;
  /** The session being moved, whose button waits. */
  busyId: string | null;
  onReschedule: (session: SessionDto) => void;
  onCancel: (session: SessionDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionTableStyles();
  const localised = useLocalised();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={styles.scroller} aria-label={t('sessions.admin.table')} tabIndex={0}>
      <Table className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('sessions.admin.columns.pair')}</TableHeaderCell>
            <TableHeaderCell className={styles.numberColumn}>
              {t('sessions.admin.columns.session')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.whenColumn}>
              {t('sessions.admin.columns.when')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.statusColumn}>
              {t('sessions.admin.columns.status')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.actionsColumn}>
              {t('sessions.admin.columns.actions')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((session) => {
            const names = { mentee: session.mentee.displayName, mentor: session.mentor.displayName };
            const theme = localised(session.label);
            const note = sessionNote(session, { language: format.language, t, when: format.instant });
            const which = { number: session.number, of: session.of, ...names };
            return (
              <TableRow key={session.id}>
                <TableCell>
                  <div className={styles.cell}>
                    <span className={styles.strong}>{names.mentee}</span>
                    <span className={styles.secondary}>
                      {t('sessions.admin.withMentor', { name: names.mentor })}
                    </span>
                  </div>
                </TableCell>
                <TableCell>
                  <div className={styles.cell}>
                    <span className={styles.strong}>
                      {t('sessions.admin.number', { number: session.number, of: session.of })}
                    </span>
                    <span className={styles.secondary}>{theme}</span>
                  </div>
                </TableCell>
                <TableCell>
                  {session.startsAt ? (
                    <div className={styles.cell}>
                      <span>{format.shortDay(session.startsAt)}</span>
                      <span>{format.hours(session)}</span>
                    </div>
                  ) : (
                    <div className={styles.cell}>{format.when(session)}</div>
                  )}
                </TableCell>
                <TableCell>
                  <div className={styles.cell}>
                    <SessionStatusBadge session={session} />
                    {note && <span className={styles.secondary}>{note}</span>}
                  </div>
                </TableCell>
                <TableCell>
                  <div className={styles.actions}>
                    {session.can.reschedule && (
                      <Button
                        size="small"
                        icon={<CalendarSyncRegular />}
                        disabled={busyId === session.id}
                        aria-label={t('sessions.admin.findAnotherFor', which)}
                        onClick={() => onReschedule(session)}
                      >
                        {busyId === session.id ? t('sessions.finding') : t('sessions.admin.findAnother')}
                      </Button>
                    )}
                    {session.can.cancel && (
                      <Button
                        size="small"
                        icon={<CalendarCancelRegular />}
                        aria-label={t('sessions.admin.cancelFor', which)}
                        onClick={() => onCancel(session)}
                      >
                        {t('sessions.admin.cancel')}
                      </Button>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
