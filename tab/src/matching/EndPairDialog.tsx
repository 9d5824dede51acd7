import { Body1 } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { FormDialog } from '../common/FormDialog';
import { ProblemBar } from '../common/ProblemBar';
import { RequiredTextField, useRequiredText } from '../common/RequiredText';
import { useMatchingDialogStyles } from './MatchingDialog.styles';
import { matchingApi, type PairingDto } from './matching-api';

const MIN_REASON = 3;

/** Ends an active pair; the reason is required, as the service asks. */
export function EndPairDialog({
  pairing,
  onClose,
  onEnded,
}: {
  pairing: PairingDto;
  onClose: () => void;
  onEnded: (pairing: PairingDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useMatchingDialogStyles();
  const { api } = useSession();
  const reason = useRequiredText(MIN_REASON);
  const names = { mentee: pairing.mentee.displayName, mentor: pairing.mentor.displayName };
  const end = useMutation({
    mutationFn: (text: string) => matchingApi.end(api, pairing.programmeId, pairing.id, text),
    onSuccess: () => {
      onEnded(pairing);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.check();
    if (text !== null) end.mutate(text);
  };
  return (
    <FormDialog
      title={t('matching.end.title', names)}
      busy={end.isPending}
      onClose={onClose}
      onSubmit={submit}
      contentClassName={styles.content}
      closeLabel={t('forms.cancel')}
      submitLabel={t('matching.end.confirm')}
      busyLabel={t('matching.end.sending')}
    >
      <Body1 as="p" className={styles.text}>
        {t('matching.end.intro')}
      </Body1>
      <RequiredTextField
        text={reason}
        label={t('matching.end.reason')}
        hint={t('matching.end.reasonHint')}
        missingMessage={t('matching.end.reasonRequired')}
      />
      {end.isError && <ProblemBar error={end.error} />}
    </FormDialog>
  );
}
