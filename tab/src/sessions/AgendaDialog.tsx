import { Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionAgendaInput } from '../../../api/src/contract/session';
import { FormDialog } from '../common/FormDialog';
import {
  errorAt,
  type FieldErrors,
  fieldErrorsFromIssues,
  fieldErrorsFromProblem,
  fieldState,
} from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { AGENDA_FIELD_MESSAGES, type AgendaForm, agendaFormOf, agendaInputOf } from './agenda-form';
import { useSessionDialogStyles } from './SessionDialog.styles';
import { SessionProblemBar } from './SessionProblemBar';
import type { SessionDto } from './session-api';
import { useUpdateAgenda } from './session-queries';

/**
 * The session's objective and agenda in both languages; the pair adapts them to what they need.
 * Checked with the service's own schema first; the service's field errors land on the fields.
 */
export function AgendaDialog({
  session,
  onClose,
  onSaved,
}: {
  session: SessionDto;
  onClose: () => void;
  onSaved: (session: SessionDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionDialogStyles();
  const localised = useLocalised();
  const [form, setForm] = useState<AgendaForm>(() => agendaFormOf(session));
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const save = useUpdateAgenda();

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const change = (patch: Partial<AgendaForm>) => setForm((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = agendaInputOf(form);
    const checked = sessionAgendaInput.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, t, AGENDA_FIELD_MESSAGES));
      return;
    }
    setErrors({});
    save.mutate(
      { id: session.id, input },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          onClose();
        },
        onError: (error) => setErrors(fieldErrorsFromProblem(error, t, AGENDA_FIELD_MESSAGES)),
      },
    );
  };
  // The objective is checked as a pair of texts: the message goes on the side left empty (both when neither is).
  const objective = (side: 'fr' | 'en') => {
    if (!errors.objective) return errorAt(errors, `objective.${side}`);
    const [mine, other] =
      side === 'fr' ? [form.objectiveFr, form.objectiveEn] : [form.objectiveEn, form.objectiveFr];
    return mine.trim() === '' || other.trim() !== '' ? errors.objective : undefined;
  };
  const fieldProblems = Object.keys(errors).length > 0;

  return (
    <FormDialog
      title={t('sessions.agenda.title', { number: session.number, theme: localised(session.label) })}
      busy={save.isPending}
      onClose={onClose}
      onSubmit={submit}
      formRef={formRef}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      closeLabel={t('forms.cancel')}
      submitLabel={t('sessions.agenda.save')}
      busyLabel={t('sessions.agenda.saving')}
    >
      <p className={styles.note}>{t('sessions.agenda.intro')}</p>
      <div className={styles.halves}>
        <Field label={t('sessions.agenda.objectiveFr')} required {...fieldState(objective('fr'))}>
          <Textarea
            lang="fr"
            rows={3}
            value={form.objectiveFr}
            onChange={(_, d) => change({ objectiveFr: d.value })}
            maxLength={4000}
            resize="vertical"
          />
        </Field>
        <Field label={t('sessions.agenda.objectiveEn')} required {...fieldState(objective('en'))}>
          <Textarea
            lang="en"
            rows={3}
            value={form.objectiveEn}
            onChange={(_, d) => change({ objectiveEn: d.value })}
            maxLength={4000}
            resize="vertical"
          />
        </Field>
        <Field
          label={t('sessions.agenda.agendaFr')}
          required
          hint={t('sessions.agenda.linesHint')}
          {...fieldState(errorAt(errors, 'agenda.fr', { nested: true }))}
        >
          <Textarea
            lang="fr"
            rows={7}
            value={form.agendaFr}
            onChange={(_, d) => change({ agendaFr: d.value })}
            resize="vertical"
          />
        </Field>
        <Field
          label={t('sessions.agenda.agendaEn')}
          required
          hint={t('sessions.agenda.linesHint')}
          {...fieldState(errorAt(errors, 'agenda.en', { nested: true }))}
        >
          <Textarea
            lang="en"
            rows={7}
            value={form.agendaEn}
            onChange={(_, d) => change({ agendaEn: d.value })}
            resize="vertical"
          />
        </Field>
      </div>
      {fieldProblems ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('sessions.agenda.fixFields')}</MessageBarBody>
        </MessageBar>
      ) : (
        save.isError && <SessionProblemBar error={save.error} />
      )}
    </FormDialog>
  );
}
