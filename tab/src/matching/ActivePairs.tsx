import { Button } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { useMatchingListStyles } from './MatchingList.styles';
import type { PairingDto } from './matching-api';
import { PairNames } from './PairNames';
import { PairWhy } from './PairWhy';

/** The approved pairs, each of which the admin can end with a reason. */
export function ActivePairs({ pairs, onEnd }: { pairs: PairingDto[]; onEnd: (pairing: PairingDto) => void }) {
  const { t, i18n } = useTranslation();
  const styles = useMatchingListStyles();
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  if (pairs.length === 0) {
    return <EmptyState title={t('matching.active.none')}>{t('matching.active.noneNext')}</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label={t('matching.active.label')}>
      {pairs.map((pairing) => {
        const names = { mentee: pairing.mentee.displayName, mentor: pairing.mentor.displayName };
        return (
          <li key={pairing.id} className={styles.item}>
            <div className={styles.main}>
              <PairNames {...names} />
              {pairing.approvedAt && (
                <p className={styles.secondary}>
                  {t('matching.active.since', { date: day.format(new Date(pairing.approvedAt)) })}
                </p>
              )}
              <PairWhy explanation={pairing.explanation} label={t('matching.pair', names)} />
            </div>
            <Button
              size="small"
              icon={<DismissCircleRegular />}
              aria-label={t('matching.active.endFor', names)}
              onClick={() => onEnd(pairing)}
            >
              {t('matching.active.end')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
