import { Badge, Button } from '@fluentui/react-components';
import { CalendarLtrRegular, PeopleLinkRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import type { AtRiskPairDto } from './dashboard-api';
import { useFollowUpStyles } from './FollowUp.styles';
import { useFigureFormat } from './use-figure-format';

function AtRiskCard({ pair, programmeId }: { pair: AtRiskPairDto; programmeId: string }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const format = useFigureFormat();
  const titleId = useId();
  const names = { mentee: pair.mentee.displayName, mentor: pair.mentor.displayName };
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.title}>
        {t('matching.pair', names)}
      </h4>
      <ul className={styles.reasons} aria-label={t('dashboard.atRisk.reasons')}>
        {pair.reasons.map((reason) => (
          <li key={reason}>
            <Badge appearance="tint" color="warning" shape="rounded">
              {t(`dashboard.atRisk.reason.${reason}`)}
            </Badge>
          </li>
        ))}
      </ul>
      <p className={styles.secondary}>
        {t('dashboard.atRisk.held', { count: pair.heldSessions })}
        {' · '}
        {pair.lastHeldAt
          ? t('dashboard.atRisk.lastHeld', { date: format.date(pair.lastHeldAt) })
          : t('dashboard.atRisk.neverHeld')}
      </p>
      <div className={styles.actions}>
        <Button
          as="a"
          size="small"
          icon={<CalendarLtrRegular />}
          href={`#/admin/programmes/${programmeId}/sessions`}
          aria-label={t('dashboard.atRisk.openSessionsOf', names)}
        >
          {t('dashboard.atRisk.openSessions')}
        </Button>
        <Button
          as="a"
          size="small"
          appearance="subtle"
          icon={<PeopleLinkRegular />}
          href={`#/admin/programmes/${programmeId}/matching`}
          aria-label={t('dashboard.atRisk.openMatchingOf', names)}
        >
          {t('dashboard.atRisk.openMatching')}
        </Button>
      </div>
    </li>
  );
}

/** Pairs that need a word from the admin, each with why and where to act. */
export function AtRiskList({ pairs, programmeId }: { pairs: AtRiskPairDto[]; programmeId: string }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  if (pairs.length === 0) {
    return <EmptyState title={t('dashboard.atRisk.noneTitle')}>{t('dashboard.atRisk.none')}</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label={t('dashboard.atRisk.title')}>
      {pairs.map((pair) => (
        <AtRiskCard key={pair.pairingId} pair={pair} programmeId={programmeId} />
      ))}
    </ul>
  );
}
