import { ArrowSwapRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { usePairNamesStyles } from './PairNames.styles';

/** "Mentee ↔ Mentor", each name over its role. */
export function PairNames({ mentee, mentor }: { mentee: string; mentor: string }) {
  const { t } = useTranslation();
  const styles = usePairNamesStyles();
  return (
    <p className={styles.pair}>
      <span className={styles.person}>
        <span className={styles.name}>{mentee}</span>
        <span className={styles.role}>{t('programmes.role.mentee')}</span>
      </span>
      <ArrowSwapRegular className={styles.link} aria-hidden />
      <span className={styles.person}>
        <span className={styles.name}>{mentor}</span>
        <span className={styles.role}>{t('programmes.role.mentor')}</span>
      </span>
    </p>
  );
}
