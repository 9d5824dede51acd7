import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto, ProgrammeStatusDto } from '../../../api/src/contract';
import { programmeApi } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';

/** Where the programme's step stands in the way of matching, with the move that clears it. */
export function StageHint({
  programme,
  activePairs,
  onMoved,
}: {
  programme: ProgrammeDto;
  activePairs: number;
  onMoved: (status: ProgrammeStatusDto) => void;
}) {
  const { t } = useTranslation();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (to: ProgrammeStatusDto) => programmeApi.transition(api, programme.id, to),
    onSuccess: (moved) => {
      queryClient.setQueryData(programmeKeys.programme(programme.id), moved);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.programme(programme.id) });
      onMoved(moved.status);
    },
  });
  const { status, name, allowedTransitions } = programme;
  const hint = (() => {
    if (status === 'recruiting' && allowedTransitions.includes('matching')) {
      return { text: t('matching.stage.recruiting', { name }), to: 'matching' as const, label: 'toMatching' };
    }
    if (status === 'matching' && activePairs > 0 && allowedTransitions.includes('running')) {
      return { text: t('matching.stage.readyToRun'), to: 'running' as const, label: 'toRunning' };
    }
    if (status !== 'matching' && status !== 'running') {
      return {
        text: t('matching.stage.elsewhere', {
          name,
          status: t(`programmes.status.${status}`),
          matching: t('programmes.status.matching'),
          running: t('programmes.status.running'),
        }),
        to: null,
        label: null,
      };
    }
    return null;
  })();
  if (!hint) return null;
  return (
    <>
      <MessageBar intent={hint.to === 'running' ? 'success' : 'info'} layout="multiline">
        <MessageBarBody>{hint.text}</MessageBarBody>
        {hint.to && (
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={move.isPending}
              icon={move.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => hint.to && move.mutate(hint.to)}
            >
              {move.isPending ? t('matching.stage.moving') : t(`matching.stage.${hint.label}`)}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {move.isError && <ProblemBar error={move.error} />}
    </>
  );
}
