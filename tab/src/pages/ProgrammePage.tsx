import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  DataBarVerticalRegular,
  EditRegular,
  HandWaveRegular,
  PeopleCheckmarkRegular,
  PeopleLinkRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useMyApplication, useProgramme } from '../api/programme-queries';
import { MyApplication } from '../application/MyApplication';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { useProgrammeCardStyles } from '../programmes/ProgrammeCard.styles';
import { ProgrammeDetails } from '../programmes/ProgrammeDetails';

/** `#/programmes/:programmeId`: the programme, and the person's application to it or a way to volunteer. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const location = useLocation();
  const styles = useProgrammeCardStyles();
  const programme = useProgramme(programmeId);
  const mine = useMyApplication(programmeId);

  if (programme.isPending) return <LoadingState label={t('programmes.loadingOne')} />;
  if (programme.isError) {
    return (
      <Page title={t('programmes.title')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const recruiting = programme.data.status === 'recruiting';
  const isAdmin = programme.data.myRoles.includes('admin');
  const isSponsor = programme.data.myRoles.includes('sponsor');
  return (
    <Page title={programme.data.name}>
      <ProgrammeDetails programme={programme.data} />
      {(isAdmin || isSponsor) && (
        <div className={styles.detail}>
          <Button
            as="a"
            appearance="primary"
            icon={<DataBarVerticalRegular />}
            href={`#/programmes/${programmeId}/dashboard`}
          >
            {t('dashboard.open')}
          </Button>
          {isAdmin && (
            <>
              <Button as="a" icon={<EditRegular />} href={`#/admin/programmes/${programmeId}`}>
                {t('programmes.edit')}
              </Button>
              <Button
                as="a"
                icon={<PeopleCheckmarkRegular />}
                href={`#/admin/programmes/${programmeId}/volunteers`}
              >
                {t('volunteers.open')}
              </Button>
              <Button as="a" icon={<PeopleLinkRegular />} href={`#/admin/programmes/${programmeId}/matching`}>
                {t('matching.open')}
              </Button>
              <Button
                as="a"
                icon={<CalendarLtrRegular />}
                href={`#/admin/programmes/${programmeId}/sessions`}
              >
                {t('sessions.admin.open')}
              </Button>
            </>
          )}
        </div>
      )}
      <PageSection title={t('application.title')}>
        {submitted && mine.data && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('application.sent')}</MessageBarTitle>
              {t('application.sentNext')}
            </MessageBarBody>
          </MessageBar>
        )}
        {mine.isPending && <LoadingState label={t('apply.loading')} />}
        {mine.isError && <ProblemBar error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.isSuccess && mine.data && <MyApplication application={mine.data} programme={programme.data} />}
        {mine.isSuccess && !mine.data && (
          <EmptyState title={recruiting ? t('application.noneTitle') : t('apply.closedTitle')}>
            {recruiting
              ? t('application.none')
              : t('apply.closed', { status: t(`programmes.status.${programme.data.status}`) })}
          </EmptyState>
        )}
        {mine.isSuccess && !mine.data && recruiting && (
          <div>
            <Button
              as="a"
              appearance="primary"
              icon={<HandWaveRegular />}
              href={`#/programmes/${programmeId}/apply`}
            >
              {t('programmes.volunteer')}
            </Button>
          </div>
        )}
      </PageSection>
    </Page>
  );
}
