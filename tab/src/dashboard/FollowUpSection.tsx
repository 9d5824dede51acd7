import { useTranslation } from 'react-i18next';
import { LoadingState } from '../common/LoadingState';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { AtRiskList } from './AtRiskList';
import { CommentList } from './CommentList';
import type { DashboardQuery } from './dashboard-api';
import { useFollowUp } from './dashboard-queries';
import { SubSection } from './SubSection';
import { SupportRequests } from './SupportRequests';

/** Admins only: the pairs at risk, the support requests and the comments, under the same filters. */
export function FollowUpSection({ programmeId, filters }: { programmeId: string; filters: DashboardQuery }) {
  const { t } = useTranslation();
  const followUp = useFollowUp(programmeId, filters);
  return (
    <PageSection title={t('dashboard.followUp')}>
      {followUp.isPending && <LoadingState label={t('dashboard.loadingFollowUp')} />}
      {followUp.isError && <ProblemBar error={followUp.error} onRetry={() => void followUp.refetch()} />}
      {followUp.isSuccess && (
        <>
          <SubSection title={t('dashboard.atRisk.titleCount', { count: followUp.data.atRisk.length })}>
            <AtRiskList pairs={followUp.data.atRisk} programmeId={programmeId} />
          </SubSection>
          <SubSection
            title={t('dashboard.support.titleCount', {
              count: followUp.data.support.filter((s) => !s.handledAt).length,
            })}
          >
            <SupportRequests requests={followUp.data.support} programmeId={programmeId} />
          </SubSection>
          <SubSection title={t('dashboard.comments.title')}>
            <CommentList comments={followUp.data.comments} />
          </SubSection>
        </>
      )}
    </PageSection>
  );
}
