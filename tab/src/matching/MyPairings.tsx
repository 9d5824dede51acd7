import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { MyPairingCard } from './MyPairingCard';
import { useMyPairingsStyles } from './MyPairings.styles';
import { useMyPairings } from './matching-queries';

/** "My binôme" in My space: the person's partners, or what happens before there is one. */
export function MyPairings() {
  const { t } = useTranslation();
  const styles = useMyPairingsStyles();
  const pairings = useMyPairings();
  if (pairings.isPending) return <LoadingState label={t('matching.mine.loading')} />;
  if (pairings.isError) return <ProblemBar error={pairings.error} onRetry={() => void pairings.refetch()} />;
  const items = pairings.data.items.filter((pairing) => pairing.status !== 'ended');
  if (items.length === 0) {
    return <EmptyState title={t('matching.mine.noneTitle')}>{t('matching.mine.none')}</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label={t('matching.mine.title')}>
      {items.map((pairing) => (
        <MyPairingCard key={pairing.id} pairing={pairing} />
      ))}
    </ul>
  );
}
