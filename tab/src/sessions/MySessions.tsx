import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { recentlyEnded } from '../feedback/feedback-form';
import { MySessionCard } from './MySessionCard';
import { useMySessionsStyles } from './MySessions.styles';
import { splitSessions } from './my-sessions';
import { useMySessions } from './session-queries';
import { useSessionFormat } from './use-session-format';
import { zoneOrBrowser } from './wall-time';

/** "My sessions" in My space: what is coming, in the person's own zone; past sessions folded away. */
export function MySessions({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const styles = useMySessionsStyles();
  const sessions = useMySessions();
  const zone = zoneOrBrowser(me.person.timeZone);
  const format = useSessionFormat(zone);
  if (sessions.isPending) return <LoadingState label={t('sessions.mine.loading')} />;
  if (sessions.isError) return <ProblemBar error={sessions.error} onRetry={() => void sessions.refetch()} />;
  if (sessions.data.items.length === 0) {
    return <EmptyState title={t('sessions.mine.noneTitle')}>{t('sessions.mine.none')}</EmptyState>;
  }
  const now = new Date();
  const { upcoming, past: over } = splitSessions(sessions.data.items, now);
  // Sessions that just ended come first: their feedback is asked for now.
  const recent = recentlyEnded(over, now);
  const past = over.filter((session) => !recent.includes(session));
  const card = {
    aadId: me.person.aadId,
    zone,
    demoCalendarOf: me.tenant.mode === 'demo' ? me.person.userPrincipalName : null,
  };
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.zone}>
        {t('sessions.mine.zone', { zone: format.zoneName() })}
      </Body1>
      {upcoming.length > 0 ? (
        <ul className={styles.list} aria-label={t('sessions.mine.upcoming')}>
          {upcoming.map((session) => (
            <MySessionCard key={session.id} session={session} {...card} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t('sessions.mine.noneAheadTitle')}>{t('sessions.mine.noneAhead')}</EmptyState>
      )}
      {recent.length > 0 && (
        <Body1 as="p" className={styles.zone}>
          {t('sessions.mine.recentLead')}
        </Body1>
      )}
      {recent.length > 0 && (
        <ul className={styles.list} aria-label={t('sessions.mine.recent')}>
          {recent.map((session) => (
            <MySessionCard key={session.id} session={session} {...card} past />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="past">
            <AccordionHeader expandIconPosition="start">
              {t('sessions.mine.past', { count: past.length })}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={t('sessions.mine.pastLabel')}>
                {past.map((session) => (
                  <MySessionCard key={session.id} session={session} {...card} past />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
