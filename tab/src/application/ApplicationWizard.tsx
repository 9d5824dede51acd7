import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApplicationDto, applicationInput, type ProgrammeDto } from '../../../api/src/contract';
import { programmeApi } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromProblem } from '../forms/field-errors';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import { ApplicationSummary } from './ApplicationSummary';
import { AvailabilityFields } from './AvailabilityFields';
import {
  APPLICATION_FIELD_MESSAGES,
  type ApplicationForm,
  applicationFormOf,
  applicationInputOf,
  emptyApplicationForm,
} from './application-form';
import { ConsentFields } from './ConsentFields';
import { RoleChoice } from './RoleChoice';
import { SkillLevels } from './SkillLevels';

/** Sign-up in two steps: the form (checked like the service checks it), then a summary to confirm. */
export function ApplicationWizard({
  programme,
  existing,
  preferredLanguage,
}: {
  programme: ProgrammeDto;
  existing: ApplicationDto | null;
  preferredLanguage: string | null;
}) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState<ApplicationForm>(() =>
    existing && existing.status !== 'withdrawn'
      ? applicationFormOf(existing)
      : emptyApplicationForm(preferredLanguage),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [step, setStep] = useState<'form' | 'summary'>('form');
  const formRef = useRef<HTMLFormElement>(null);

  const send = useMutation({
    mutationFn: () => programmeApi.apply(api, programme.id, applicationInput.parse(applicationInputOf(form))),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKeys.myApplication(programme.id), saved);
      void navigate(`/programmes/${programme.id}`, { state: { submitted: true } });
    },
    onError: (error) => {
      setErrors(fieldErrorsFromProblem(error, t, APPLICATION_FIELD_MESSAGES));
      setStep('form');
    },
  });

  useEffect(() => {
    if (step !== 'form' || Object.keys(errors).length === 0) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')
      ?.focus();
  }, [errors, step]);
  useEffect(() => {
    if (step === 'summary') window.scrollTo({ top: 0 });
  }, [step]);

  const change = (patch: Partial<ApplicationForm>) => setForm((current) => ({ ...current, ...patch }));
  const next = (event: FormEvent) => {
    event.preventDefault();
    const checked = applicationInput.safeParse(applicationInputOf(form));
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, t, APPLICATION_FIELD_MESSAGES));
      return;
    }
    if (form.role === 'mentor' && form.capacity > programme.mentorCapacity) {
      setErrors({ capacity: t('validation.application.capacity') });
      return;
    }
    setErrors({});
    send.reset();
    setStep('summary');
  };

  if (step === 'summary') {
    return (
      <ApplicationSummary
        form={form}
        programme={programme}
        sending={send.isPending}
        onConfirm={() => send.mutate()}
        onEdit={() => setStep('form')}
      />
    );
  }
  const parts = { form, onChange: change, errors };
  const invalid = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className={styles.form} onSubmit={next} noValidate>
      <RoleChoice {...parts} />
      <SkillLevels {...parts} catalogue={programme.skills} />
      <AvailabilityFields {...parts} mentorCapacity={programme.mentorCapacity} />
      <ConsentFields {...parts} charter={programme.charter} />
      {invalid && !send.isError && (
        <MessageBar intent="error">
          <MessageBarBody>{t('apply.fixFields')}</MessageBarBody>
        </MessageBar>
      )}
      {send.isError && <ProblemBar error={send.error} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<ArrowRightRegular />} iconPosition="after">
          {t('apply.next')}
        </Button>
        <Button appearance="secondary" onClick={() => void navigate(`/programmes/${programme.id}`)}>
          {t('forms.cancel')}
        </Button>
      </div>
    </form>
  );
}
