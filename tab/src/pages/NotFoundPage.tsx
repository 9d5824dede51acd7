import { Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../common/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('notFound.title')}
      lead={
        <>
          {t('notFound.body')} <Link href="#/">{t('notFound.home')}</Link>
        </>
      }
    />
  );
}
