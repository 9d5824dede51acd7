import { Body1 } from '@fluentui/react-components';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageStyles } from './Page.styles';

/** One screen: its title (also the document title) and an optional lead line. */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const styles = usePageStyles();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <h1 className={styles.title}>{title}</h1>
        {lead && (
          <Body1 as="p" className={styles.lead}>
            {lead}
          </Body1>
        )}
      </div>
      {children}
    </div>
  );
}
