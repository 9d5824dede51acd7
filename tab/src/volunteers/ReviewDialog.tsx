import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto } from '../../../api/src/contract';
import { type NotificationOutcome, programmeApi, type ReviewDecision } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';

export interface ReviewOutcome {
  application: ApplicationDto;
  decision: ReviewDecision;
  notification: NotificationOutcome;
}

/** Confirms a decision on one volunteer, with an optional message the bot passes on to them. */
export function ReviewDialog({
  application,
  decision,
  onClose,
  onReviewed,
}: {
  application: ApplicationDto;
  decision: ReviewDecision;
  onClose: () => void;
  onReviewed: (outcome: ReviewOutcome) => void;
}) {
  const { t } = useTranslation();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const name = application.person.displayName;
  const review = useMutation({
    mutationFn: () =>
      programmeApi.review(api, application.programmeId, application.id, {
        decision,
        ...(message.trim() ? { message: message.trim() } : {}),
      }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({
        queryKey: programmeKeys.allApplications(application.programmeId),
      });
      void queryClient.invalidateQueries({ queryKey: programmeKeys.stats(application.programmeId) });
      onReviewed({ application: result.application, decision, notification: result.notification });
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(`volunteers.review.title.${decision}`, { name })}</DialogTitle>
          <DialogContent>
            <Field label={t('volunteers.review.message')} hint={t('volunteers.review.messageHint', { name })}>
              <Textarea
                value={message}
                onChange={(_, data) => setMessage(data.value)}
                maxLength={1000}
                resize="vertical"
              />
            </Field>
            {review.isError && <ProblemBar error={review.error} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button appearance="primary" disabled={review.isPending} onClick={() => review.mutate()}>
              {review.isPending ? t('volunteers.review.sending') : t(`volunteers.review.confirm.${decision}`)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
