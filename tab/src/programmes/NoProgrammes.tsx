import { Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';

/** What to do when there is no programme to show: admins create them, others volunteer. */
export function NoProgrammes({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('mySpace.emptyTitle')}>
      {isAdmin ? (
        <>
          {t('mySpace.emptyAdmin')} <Link href="#/admin">{t('mySpace.openAdmin')}</Link>
        </>
      ) : (
        t('mySpace.emptyParticipant')
      )}
    </EmptyState>
  );
}
