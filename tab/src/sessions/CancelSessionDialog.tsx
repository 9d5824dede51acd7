import { Body1, Field, Textarea } from '@fluentui/react-components';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { useLocalised } from '../programmes/use-localised';
import { useSessionDialogStyles } from './SessionDialog.styles';
import { SessionProblemBar } from './SessionProblemBar';
import type { SessionDto } from './session-api';
import { useCancelSession } from './session-queries';

/** Cancels a session; the message is required, since Outlook sends it to the other people. */
export function CancelSessionDialog({
  session,
  recipients,
  onClose,
  onCancelled,
}: {
  session: SessionDto;
  /** Who receives the message: the partner, or both members of the pair for an admin. */
  recipients: string;
  onClose: () => void;
  onCancelled: (session: SessionDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionDialogStyles();
  const localised = useLocalised();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const cancel = useCancelSession();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = message.trim().length === 0;
    setMissing(empty);
    if (empty) {
      field.current?.focus();
      return;
    }
    cancel.mutate(
      { id: session.id, message: message.trim() },
      {
        onSuccess: (cancelled) => {
          onCancelled(cancelled);
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      title={t('sessions.cancel.title', { number: session.number, theme: localised(session.label) })}
      busy={cancel.isPending}
      onClose={onClose}
      onSubmit={submit}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      closeLabel={t('sessions.cancel.keep')}
      submitLabel={t('sessions.cancel.confirm')}
      busyLabel={t('sessions.cancel.sending')}
    >
      <Body1 as="p" className={styles.text}>
        {t('sessions.cancel.intro', { names: recipients })}
      </Body1>
      <Field
        label={t('sessions.cancel.message')}
        required
        hint={t('sessions.cancel.messageHint')}
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? t('sessions.cancel.messageRequired') : undefined}
      >
        <Textarea
          ref={field}
          value={message}
          onChange={(_, data) => setMessage(data.value)}
          maxLength={1000}
          resize="vertical"
        />
      </Field>
      {cancel.isError && <SessionProblemBar error={cancel.error} />}
    </FormDialog>
  );
}
