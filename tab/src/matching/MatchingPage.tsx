import {
  Body1,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProgrammeStatusDto } from '../../../api/src/contract';
import { useApplications, useProgramme } from '../api/programme-queries';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { ProgrammeLinks } from '../common/ProgrammeLinks';
import { ActivePairs } from './ActivePairs';
import { ApproveDialog } from './ApproveDialog';
import { EndPairDialog } from './EndPairDialog';
import { MatchingFigures } from './MatchingFigures';
import { useMatchingPageStyles } from './MatchingPage.styles';
import type { ApprovalDto, PairingDto } from './matching-api';
import { mentorChoices, nameIndex } from './matching-people';
import { useMatching, useMatchingRuns, useRefreshAfterDecision } from './matching-queries';
import { ProposalList } from './ProposalList';
import { RuleList } from './RuleList';
import { RunBar } from './RunBar';
import { StageHint } from './StageHint';
import { SwapDialog } from './SwapDialog';
import { UnmatchedList } from './UnmatchedList';
import { useProposalActions } from './use-proposal-actions';

const NO_FILTERS = {};

/** `#/admin/programmes/:programmeId/matching`: run the matching, adjust it, approve and end pairs. */
export function MatchingPage() {
  const { t } = useTranslation();
  const styles = useMatchingPageStyles();
  const programmeId = useParams().programmeId ?? '';
  const programme = useProgramme(programmeId);
  const view = useMatching(programmeId);
  const applications = useApplications(programmeId, NO_FILTERS);
  const runs = useMatchingRuns(programmeId);
  const refresh = useRefreshAfterDecision(programmeId);
  const proposals = useProposalActions(runs);
  const [approving, setApproving] = useState<'all' | string[] | null>(null);
  const [ending, setEnding] = useState<PairingDto | null>(null);
  const toasterId = useId('matching-toaster');
  const { dispatchToast } = useToastController(toasterId);

  const toast = (title: string, body?: string, intent: 'success' | 'warning' = 'success') =>
    dispatchToast(
      <Toast>
        <ToastTitle>{title}</ToastTitle>
        {body && <ToastBody>{body}</ToastBody>}
      </Toast>,
      { intent, timeout: 8000 },
    );
  const approved = ({ approved: count, introductions }: ApprovalDto) => {
    proposals.clearSelection();
    refresh();
    const title = t('matching.approve.done', {
      pairs: t('matching.approve.pairs', { count }),
      introductions: t('matching.approve.introductions', { count: introductions }),
    });
    const missing = introductions < count * 2;
    toast(title, missing ? t('matching.approve.missing') : undefined, missing ? 'warning' : 'success');
  };
  const ended = (pairing: PairingDto) => {
    refresh();
    const names = { mentee: pairing.mentee.displayName, mentor: pairing.mentor.displayName };
    toast(t('matching.end.done', names), t('matching.end.doneNext'));
  };
  const moved = (status: ProgrammeStatusDto) =>
    toast(t('matching.stage.moved', { status: t(`programmes.status.${status}`) }));

  if (programme.isPending) return <LoadingState label={t('matching.loading')} />;
  if (programme.isError) {
    return (
      <Page title={t('matching.open')}>
        <ProblemBar error={programme.error} onRetry={() => void programme.refetch()} />
      </Page>
    );
  }
  const title = t('matching.title', { name: programme.data.name });
  if (!programme.data.myRoles.includes('admin')) {
    return (
      <Page title={title}>
        <ProblemBar intent="warning" error={new Error(t('matching.forbidden'))} />
      </Page>
    );
  }
  const { status } = programme.data;
  const canRun = status === 'matching' || status === 'running';
  const items = applications.data?.items ?? [];
  const names = view.data ? nameIndex(view.data, items) : new Map<string, string>();
  const nameOf = (aadId: string) => names.get(aadId) ?? aadId;
  const swapping = proposals.swapping;

  return (
    <Page
      title={title}
      lead={
        <span className={styles.links}>
          <ProgrammeLinks programmeId={programmeId} links={['edit', 'volunteers', 'sessions']} />
        </span>
      }
    >
      {/* A named region: toasts are read out, and they stay inside a landmark while shown. */}
      <Toaster
        toasterId={toasterId}
        position="top-end"
        role="region"
        aria-label={t('matching.notifications')}
      />
      <Body1 as="p" className={styles.intro}>
        {t('matching.lead')}
      </Body1>
      <StageHint programme={programme.data} activePairs={view.data?.active.length ?? 0} onMoved={moved} />
      {view.isPending && <LoadingState label={t('matching.loading')} />}
      {view.isError && <ProblemBar error={view.error} onRetry={() => void view.refetch()} />}
      {view.isSuccess && (
        <>
          <PageSection title={t('matching.figures.title')}>
            <RunBar
              canRun={canRun}
              busy={runs.busy}
              hasRun={view.data.figures !== null}
              announce={runs.done > 0}
              figures={view.data.figures}
              onRun={runs.run}
            />
            {runs.error !== null && <ProblemBar error={runs.error} />}
            {view.data.figures ? (
              <MatchingFigures view={view.data} figures={view.data.figures} ranAt={view.data.ranAt} />
            ) : (
              <EmptyState title={t('matching.figures.neverTitle')}>{t('matching.figures.never')}</EmptyState>
            )}
          </PageSection>
          {(view.data.figures || view.data.proposals.length > 0) && (
            <PageSection title={t('matching.proposals.title', { count: view.data.proposals.length })}>
              <ProposalList
                proposals={view.data.proposals}
                selected={proposals.selected}
                changed={runs.changed}
                busy={runs.busy}
                actions={proposals.actions}
                onApprove={setApproving}
              />
            </PageSection>
          )}
          {view.data.figures && (
            <PageSection title={t('matching.unmatched.title')}>
              <UnmatchedList
                people={view.data.unmatched}
                busy={runs.busy}
                onChooseMentor={(person) => proposals.startSwap(person, null)}
              />
            </PageSection>
          )}
          <PageSection title={t('matching.rules.title')}>
            <Body1 as="p" className={styles.intro}>
              {t('matching.rules.intro')}
            </Body1>
            <RuleList
              rules={view.data.rules}
              nameOf={nameOf}
              busy={runs.busy}
              onRemove={(rule) => runs.changeRules({ rule, action: 'remove' })}
            />
          </PageSection>
          <PageSection title={t('matching.active.title', { count: view.data.active.length })}>
            <ActivePairs pairs={view.data.active} onEnd={setEnding} />
          </PageSection>
        </>
      )}
      {swapping && view.data && (
        <SwapDialog
          menteeName={swapping.mentee.displayName}
          replacing={swapping.mentor !== null}
          choices={mentorChoices({
            view: view.data,
            applications: items,
            menteeAadId: swapping.mentee.aadId,
            currentMentorAadId: swapping.mentor?.aadId ?? null,
          })}
          onChoose={proposals.finishSwap}
          onClose={proposals.cancelSwap}
        />
      )}
      {approving && view.data && (
        <ApproveDialog
          programmeId={programmeId}
          pairingIds={approving}
          count={approving === 'all' ? view.data.proposals.length : approving.length}
          onClose={() => setApproving(null)}
          onApproved={approved}
        />
      )}
      {ending && <EndPairDialog pairing={ending} onClose={() => setEnding(null)} onEnded={ended} />}
    </Page>
  );
}
