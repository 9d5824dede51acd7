import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { Page } from '../common/Page';
import { NoProgrammes } from '../programmes/NoProgrammes';
import { ProgrammesView } from '../programmes/ProgrammesView';

export function ProgrammesPage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  return (
    <Page title={t('programmes.title')} lead={t('programmes.intro', { tenant: me.tenant.displayName })}>
      <ProgrammesView
        label={t('programmes.title')}
        headingLevel="h2"
        empty={<NoProgrammes isAdmin={me.roles.includes('admin')} />}
      />
    </Page>
  );
}
