import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { useHost } from '../host/host-context';
import { useAppHeaderStyles } from './AppHeader.styles';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeMenu } from './ThemeMenu';

/** Product, tenant and host on the left; language, theme and account on the right. */
export function AppHeader({ me, account }: { me?: MeDto; account?: ReactNode }) {
  const { t } = useTranslation();
  const { host } = useHost();
  const styles = useAppHeaderStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <div className={styles.brandRow}>
          <Text className={styles.product}>{t('app.name')}</Text>
          {me && <Text className={styles.tenant}>{me.tenant.displayName}</Text>}
          {me?.tenant.mode === 'demo' && (
            <Badge appearance="tint" color="warning" shape="rounded">
              {t('header.demoTenant')}
            </Badge>
          )}
        </div>
        <Caption1 className={styles.meta}>{t('host.openedIn', { host: t(`host.${host.kind}`) })}</Caption1>
      </div>
      <div className={styles.tools}>
        <LanguageSwitch />
        <ThemeMenu />
        {account}
      </div>
    </header>
  );
}
