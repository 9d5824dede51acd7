import { Button } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  DataBarVerticalRegular,
  PeopleCheckmarkRegular,
  PeopleLinkRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { MeDto } from '../../../api/src/contract';
import { useProgramme } from '../api/programme-queries';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeEditor } from '../programme-editor/ProgrammeEditor';
import { isKnownZone } from '../sessions/wall-time';

/** `#/admin/programmes/new` and `#/admin/programmes/:programmeId`. */
export function ProgrammeEditorPage({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const { programmeId } = useParams();
  const location = useLocation();
  const programme = useProgramme(programmeId);
  const creator = {
    aadId: me.person.aadId,
    displayName: me.person.displayName,
    jobTitle: me.person.jobTitle,
    department: me.person.department,
  };

  if (!programmeId) {
    if (!me.roles.includes('admin')) {
      return (
        <Page title={t('editor.newTitle')}>
          <ProblemBar intent="warning" error={new Error(t('admin.forbidden'))} />
        </Page>
      );
    }
    return (
      <Page title={t('editor.newTitle')} lead={t('editor.newIntro')}>
        <ProgrammeEditor
          programme={null}
          creator={creator}
          timeZone={isKnownZone(me.person.timeZone) ? me.person.timeZone : undefined}
        />
      </Page>
    );
  }
  if (programme.isPending) return <LoadingState label={t('editor.loading')} />;
  if (programme.isError) {
    return (
      <Page title={t('editor.title')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  if (!programme.data.myRoles.includes('admin')) {
    return (
      <Page title={programme.data.name}>
        <ProblemBar intent="warning" error={new Error(t('editor.forbidden'))} />
      </Page>
    );
  }
  const created = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <Page
      title={programme.data.name}
      lead={
        <>
          <Button
            as="a"
            appearance="subtle"
            icon={<PeopleCheckmarkRegular />}
            href={`#/admin/programmes/${programme.data.id}/volunteers`}
          >
            {t('volunteers.open')}
          </Button>
          <Button
            as="a"
            appearance="subtle"
            icon={<PeopleLinkRegular />}
            href={`#/admin/programmes/${programme.data.id}/matching`}
          >
            {t('matching.open')}
          </Button>
          <Button
            as="a"
            appearance="subtle"
            icon={<CalendarLtrRegular />}
            href={`#/admin/programmes/${programme.data.id}/sessions`}
          >
            {t('sessions.admin.open')}
          </Button>
          <Button
            as="a"
            appearance="subtle"
            icon={<DataBarVerticalRegular />}
            href={`#/programmes/${programme.data.id}/dashboard`}
          >
            {t('dashboard.open')}
          </Button>
        </>
      }
    >
      <ProgrammeEditor
        key={programme.data.id}
        programme={programme.data}
        creator={creator}
        created={created}
      />
    </Page>
  );
}
