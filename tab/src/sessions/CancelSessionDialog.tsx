import { Body1 } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { RequiredTextField, useRequiredText } from '../common/RequiredText';
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
  const message = useRequiredText();
  const cancel = useCancelSession();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = message.check();
    if (text === null) return;
    cancel.mutate(
      { id: session.id, message: text },
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
      <RequiredTextField
        text={message}
        label={t('sessions.cancel.message')}
        hint={t('sessions.cancel.messageHint')}
        missingMessage={t('sessions.cancel.messageRequired')}
      />
      {cancel.isError && <SessionProblemBar error={cancel.error} />}
    </FormDialog>
  );
}
