import { useTranslation } from 'react-i18next';
import { Page } from '../common/Page';

/** A plain browser outside demo mode: Binôme signs in through its Microsoft 365 host. */
export function NotInHost() {
  const { t } = useTranslation();
  return <Page title={t('notInHost.title')} lead={`${t('notInHost.body')} ${t('notInHost.next')}`} />;
}
