import { Body1, Field, Textarea } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { FormDialog } from '../common/FormDialog';
import { ProblemBar } from '../common/ProblemBar';
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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const names = { mentee: pairing.mentee.displayName, mentor: pairing.mentor.displayName };
  const end = useMutation({
    mutationFn: () => matchingApi.end(api, pairing.programmeId, pairing.id, reason.trim()),
    onSuccess: () => {
      onEnded(pairing);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = reason.trim().length < MIN_REASON;
    setMissing(short);
    if (short) field.current?.focus();
    else end.mutate();
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
      <Field
        label={t('matching.end.reason')}
        required
        hint={t('matching.end.reasonHint')}
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? t('matching.end.reasonRequired') : undefined}
      >
        <Textarea
          ref={field}
          value={reason}
          onChange={(_, data) => setReason(data.value)}
          maxLength={1000}
          resize="vertical"
        />
      </Field>
      {end.isError && <ProblemBar error={end.error} />}
    </FormDialog>
  );
}
