import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MeDto } from '../../../api/src/contract';
import { useMyApplication, useProgramme } from '../api/programme-queries';
import { ApplicationWizard } from '../application/ApplicationWizard';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProfileFacts } from '../profile/ProfileFacts';

/** `#/programmes/:programmeId/apply`: volunteer, or change one's application, from the tab. */
export function ApplyPage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const mine = useMyApplication(programmeId);

  if (programme.isPending || mine.isPending) return <LoadingState label={t('apply.loading')} />;
  if (programme.isError || mine.isError) {
    const error = programme.error ?? mine.error;
    return (
      <Page title={t('apply.title')}>
        <ProblemBar
          error={error}
          onRetry={() => {
            void programme.refetch();
            void mine.refetch();
          }}
        />
      </Page>
    );
  }
  const editing = mine.data !== null && mine.data.status !== 'withdrawn';
  const title = t(editing ? 'apply.editTitle' : 'apply.titleOf', { name: programme.data.name });
  if (programme.data.status !== 'recruiting') {
    return (
      <Page title={title}>
        <EmptyState title={t('apply.closedTitle')}>
          {t('apply.closed', { status: t(`programmes.status.${programme.data.status}`) })}
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={title} lead={t('apply.intro')}>
      <PageSection title={t('apply.profile.title')}>
        <Body1>{t('apply.profile.intro')}</Body1>
        <ProfileFacts me={me} />
      </PageSection>
      <ApplicationWizard
        programme={programme.data}
        existing={mine.data}
        preferredLanguage={me.person.preferredLanguage}
      />
    </Page>
  );
}
