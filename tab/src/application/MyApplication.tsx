import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { EditRegular, SignOutRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto, ProgrammeDto } from '../../../api/src/contract';
import { programmeApi } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';
import { ApplicationStatusBadge } from '../volunteers/ApplicationStatusBadge';
import { ApplicationFacts } from './ApplicationFacts';
import { useMyApplicationStyles } from './MyApplication.styles';

/** The person's own application: where it stands, the admin's message, and edit or withdraw. */
export function MyApplication({
  application,
  programme,
}: {
  application: ApplicationDto;
  programme: ProgrammeDto;
}) {
  const { t } = useTranslation();
  const styles = useMyApplicationStyles();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => programmeApi.withdraw(api, programme.id),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKeys.myApplication(programme.id), saved);
      setConfirming(false);
    },
  });
  const { status } = application;
  const recruiting = programme.status === 'recruiting';
  const canWithdraw = status !== 'withdrawn' && status !== 'paired' && status !== 'declined';
  const canEdit = recruiting && status !== 'paired' && status !== 'declined';
  return (
    <div className={styles.card}>
      <div className={styles.status}>
        <Subtitle2>{t(`programmes.role.${application.role}`)}</Subtitle2>
        <ApplicationStatusBadge status={status} />
      </div>
      <Body1 as="p" className={styles.text}>
        {t(`application.statusHelp.${status}`)}
      </Body1>
      {application.reviewMessage && (
        <figure className={styles.quote}>
          <figcaption>
            <Subtitle2>{t('application.reviewMessage')}</Subtitle2>
          </figcaption>
          <Body1>{application.reviewMessage}</Body1>
        </figure>
      )}
      {status !== 'withdrawn' && <ApplicationFacts application={application} catalogue={programme.skills} />}
      {(canEdit || canWithdraw) && (
        <div className={styles.actions}>
          {canEdit && (
            <Button
              as="a"
              appearance="primary"
              icon={<EditRegular />}
              href={`#/programmes/${programme.id}/apply`}
            >
              {status === 'withdrawn' ? t('application.volunteerAgain') : t('application.edit')}
            </Button>
          )}
          {canWithdraw && (
            <Button appearance="secondary" icon={<SignOutRegular />} onClick={() => setConfirming(true)}>
              {t('application.withdraw')}
            </Button>
          )}
        </div>
      )}
      {withdraw.isError && <ProblemBar error={withdraw.error} />}
      {confirming && (
        <Dialog open onOpenChange={(_, data) => setConfirming(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('application.withdrawTitle')}</DialogTitle>
              <DialogContent>{t('application.withdrawText', { name: programme.name })}</DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setConfirming(false)}>
                  {t('application.keep')}
                </Button>
                <Button appearance="primary" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
                  {t('application.withdrawConfirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
}
