import { Toast, ToastBody, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApplicationDto } from '../../../api/src/contract';
import type { ApplicationFiltersDto, ReviewDecision } from '../api/programme-api';
import { useApplications, useProgramme, useRecruitmentStats } from '../api/programme-queries';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeLinks } from '../common/ProgrammeLinks';
import { RecruitmentSummary } from '../volunteers/RecruitmentSummary';
import { ReviewDialog, type ReviewOutcome } from '../volunteers/ReviewDialog';
import { VolunteerFilters } from '../volunteers/VolunteerFilters';
import { VolunteerTable } from '../volunteers/VolunteerTable';

/** `#/admin/programmes/:programmeId/volunteers`: counts, balance, and the review of each volunteer. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const stats = useRecruitmentStats(programmeId);
  const [filters, setFilters] = useState<ApplicationFiltersDto>({});
  const applications = useApplications(programmeId, filters);
  const [reviewing, setReviewing] = useState<{
    application: ApplicationDto;
    decision: ReviewDecision;
  } | null>(null);
  const toasterId = useId('volunteers-toaster');
  const { dispatchToast } = useToastController(toasterId);

  const announce = ({ application, decision, notification }: ReviewOutcome) => {
    const name = application.person.displayName;
    dispatchToast(
      <Toast>
        <ToastTitle>{t(`volunteers.review.done.${decision}`, { name })}</ToastTitle>
        <ToastBody>{t(`volunteers.review.notification.${notification}`, { name })}</ToastBody>
      </Toast>,
      { intent: notification === 'sent' ? 'success' : 'warning', timeout: 8000 },
    );
  };

  if (programme.isPending) return <LoadingState label={t('volunteers.loading')} />;
  if (programme.isError) {
    return (
      <Page title={t('volunteers.title')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  const title = t('volunteers.titleOf', { name: programme.data.name });
  if (!programme.data.myRoles.includes('admin')) {
    return (
      <Page title={title}>
        <ProblemBar intent="warning" error={new Error(t('volunteers.forbidden'))} />
      </Page>
    );
  }
  const departments = (stats.data?.byDepartment ?? []).map((d) => d.department).filter((d) => d !== '—');
  const items = applications.data?.items ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Page title={title} lead={<ProgrammeLinks programmeId={programmeId} links={['edit']} />}>
      <Toaster toasterId={toasterId} position="top-end" />
      <PageSection title={t('volunteers.summary')}>
        {stats.isPending && <LoadingState label={t('volunteers.loading')} />}
        {stats.isError && <ProblemBar error={stats.error} onRetry={() => void stats.refetch()} />}
        {stats.isSuccess && <RecruitmentSummary stats={stats.data} />}
      </PageSection>
      <PageSection title={t('volunteers.list', { count: items.length })}>
        <VolunteerFilters filters={filters} departments={departments} onChange={setFilters} />
        {applications.isPending && <LoadingState label={t('volunteers.loading')} />}
        {applications.isError && (
          <ProblemBar error={applications.error} onRetry={() => void applications.refetch()} />
        )}
        {applications.isSuccess && items.length === 0 && (
          <EmptyState title={filtered ? t('volunteers.noneMatching') : t('volunteers.none')}>
            {filtered
              ? t('volunteers.noneMatchingNext')
              : t(`volunteers.noneNext.${programme.data.status === 'draft' ? 'draft' : 'open'}`)}
          </EmptyState>
        )}
        {items.length > 0 && (
          <VolunteerTable
            applications={items}
            programme={programme.data}
            onReview={(application, decision) => setReviewing({ application, decision })}
          />
        )}
      </PageSection>
      {reviewing && (
        <ReviewDialog
          application={reviewing.application}
          decision={reviewing.decision}
          onClose={() => setReviewing(null)}
          onReviewed={announce}
        />
      )}
    </Page>
  );
}
