import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { MyPairings } from '../matching/MyPairings';
import { ProfileFacts } from '../profile/ProfileFacts';
import { NoProgrammes } from '../programmes/NoProgrammes';
import { ProgrammesView } from '../programmes/ProgrammesView';
import { MyProgress } from '../progress/MyProgress';
import { MySessions } from '../sessions/MySessions';
import { MySurveys } from '../surveys/MySurveys';

export function MySpacePage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const lead = [me.person.jobTitle, me.person.department].filter(Boolean).join(' · ');
  return (
    <Page title={t('mySpace.greeting', { name: me.person.displayName })} lead={lead || undefined}>
      <PageSection title={t('matching.mine.title')}>
        <MyPairings />
      </PageSection>
      <PageSection title={t('sessions.mine.title')}>
        <MySessions me={me} />
      </PageSection>
      <PageSection title={t('progress.title')}>
        <MyProgress />
      </PageSection>
      <PageSection title={t('surveys.title')}>
        <MySurveys timeZone={me.person.timeZone} />
      </PageSection>
      <PageSection title={t('mySpace.yourProgrammes')}>
        <ProgrammesView
          label={t('mySpace.yourProgrammes')}
          select={(programme) => programme.myRoles.length > 0}
          empty={<NoProgrammes isAdmin={me.roles.includes('admin')} />}
        />
      </PageSection>
      <PageSection title={t('mySpace.profile')}>
        <ProfileFacts me={me} />
      </PageSection>
    </Page>
  );
}
