import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';
import { useMatchingDialogStyles } from './MatchingDialog.styles';
import { type ApprovalDto, matchingApi } from './matching-api';

/** Confirms the approval of pairs, saying the bot will introduce each one in Teams. */
export function ApproveDialog({
  programmeId,
  pairingIds,
  count,
  onClose,
  onApproved,
}: {
  programmeId: string;
  pairingIds: 'all' | string[];
  count: number;
  onClose: () => void;
  onApproved: (result: ApprovalDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useMatchingDialogStyles();
  const { api } = useSession();
  const approve = useMutation({
    mutationFn: () => matchingApi.approve(api, programmeId, pairingIds),
    onSuccess: (result) => {
      onApproved(result);
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !approve.isPending && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('matching.approve.title', { count })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p" className={styles.text}>
              {t('matching.approve.body')}
            </Body1>
            {approve.isError && <ProblemBar error={approve.error} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={approve.isPending} onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button appearance="primary" disabled={approve.isPending} onClick={() => approve.mutate()}>
              {approve.isPending ? t('matching.approve.sending') : t('matching.approve.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
