import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto, ProgrammeStatusDto } from '../../../api/src/contract';
import { ApiError } from '../api/api-error';
import { programmeApi } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { queryKeys } from '../api/queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';
import { StatusBadge } from '../programmes/StatusBadge';
import { useLifecycleBarStyles } from './LifecycleBar.styles';
import { LifecycleStepper } from './LifecycleStepper';
import { isStepBack } from './lifecycle';

/** Where the programme stands, and the moves its admins may make, each confirmed first. */
export function LifecycleBar({ programme, dirty }: { programme: ProgrammeDto; dirty: boolean }) {
  const { t } = useTranslation();
  const styles = useLifecycleBarStyles();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [target, setTarget] = useState<ProgrammeStatusDto | null>(null);
  const [moved, setMoved] = useState<ProgrammeStatusDto | null>(null);
  const from = programme.status;

  const move = useMutation({
    mutationFn: (to: ProgrammeStatusDto) => programmeApi.transition(api, programme.id, to),
    onMutate: () => setMoved(null),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKeys.programme(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.programmes });
      setMoved(saved.status);
    },
    onSettled: () => setTarget(null),
  });
  const refused = move.error instanceof ApiError && move.error.status === 409 ? move.error : null;

  return (
    <section className={styles.bar} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <h2 id={headingId} className={styles.title}>
          {t('lifecycle.title')}
        </h2>
        <StatusBadge status={from} />
      </div>
      <LifecycleStepper status={from} />
      {programme.allowedTransitions.length > 0 && (
        <div className={styles.actions}>
          {programme.allowedTransitions.map((to) => (
            <Button
              key={to}
              appearance={isStepBack(from, to) ? 'secondary' : 'primary'}
              disabled={dirty || move.isPending}
              onClick={() => setTarget(to)}
            >
              {t(`lifecycle.action.${from}_${to}`)}
            </Button>
          ))}
        </div>
      )}
      {dirty && programme.allowedTransitions.length > 0 && (
        <Body1 as="p" className={styles.note}>
          {t('lifecycle.saveFirst')}
        </Body1>
      )}
      {moved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('lifecycle.moved', { status: t(`programmes.status.${moved}`) })}</MessageBarBody>
        </MessageBar>
      )}
      {refused && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('lifecycle.refused')}</MessageBarTitle>
            {refused.problem.reasons && refused.problem.reasons.length > 0 ? (
              <ul>
                {refused.problem.reasons.map((reason) => (
                  <li key={reason}>
                    {t(`lifecycle.reason.${reason}`, { defaultValue: refused.problem.detail })}
                  </li>
                ))}
              </ul>
            ) : (
              (refused.problem.detail ?? refused.problem.title)
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {move.isError && !refused && <ProblemBar error={move.error} />}

      {target !== null && (
        <Dialog open onOpenChange={(_, data) => !data.open && setTarget(null)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t(`lifecycle.action.${from}_${target}`)}</DialogTitle>
              <DialogContent>
                {target && t(`lifecycle.explain.${from}_${target}`, { name: programme.name })}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setTarget(null)}>
                  {t('forms.cancel')}
                </Button>
                <Button appearance="primary" disabled={move.isPending} onClick={() => move.mutate(target)}>
                  {move.isPending ? t('lifecycle.moving') : t('lifecycle.confirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
