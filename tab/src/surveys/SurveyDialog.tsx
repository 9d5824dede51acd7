import {
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { ProblemBar } from '../common/ProblemBar';
import type { MySurveyDto } from '../feedback/feedback-api';
import { useAnswerSurvey } from '../feedback/feedback-queries';
import { fieldState } from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { useSessionDialogStyles } from '../sessions/SessionDialog.styles';
import { type SurveyForm, surveyErrors, surveyFormOf, surveyInputOf } from './survey-form';

const LEVELS = [1, 2, 3, 4, 5] as const;
const NPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** One survey: the post self-assessment (the sign-up skills again), or a pulse / closing survey. */
export function SurveyDialog({
  survey,
  onClose,
  onSaved,
}: {
  survey: MySurveyDto;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionDialogStyles();
  const localised = useLocalised();
  const [form, setForm] = useState<SurveyForm>(() => surveyFormOf(survey));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const answer = useAnswerSurvey();

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')
      ?.focus();
  }, [errors]);

  const change = (patch: Partial<SurveyForm>, answered: string[] = Object.keys(patch)) => {
    setForm((current) => ({ ...current, ...patch }));
    // An answer given clears that field's message; the others stay until the next try.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !answered.includes(field))),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = surveyErrors(survey.kind, form);
    if (Object.keys(missing).length > 0) {
      setErrors(Object.fromEntries(Object.entries(missing).map(([field, key]) => [field, t(key)])));
      return;
    }
    setErrors({});
    answer.mutate(
      { programmeId: survey.programmeId, kind: survey.kind, input: surveyInputOf(survey.kind, form) },
      {
        onSuccess: () => {
          onSaved();
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={`${t(`surveys.kinds.${survey.kind}`)} · ${survey.programmeName}`}
      busy={answer.isPending}
      onClose={onClose}
      onSubmit={submit}
      formRef={formRef}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      closeLabel={t('forms.cancel')}
      submitLabel={t('surveys.save')}
      busyLabel={t('surveys.saving')}
    >
      <p className={styles.note}>{t(`surveys.intro.${survey.kind}`)}</p>
      {survey.kind === 'post' &&
        survey.skills.map((skill) => (
          <Field
            key={skill.skillId}
            label={localised(skill.label)}
            hint={
              skill.before === null
                ? undefined
                : t('surveys.before', { level: t(`surveys.levels.${skill.before}`) })
            }
            required
            {...fieldState(errors[`skills.${skill.skillId}`])}
          >
            <RadioGroup
              layout="horizontal"
              value={form.skills[skill.skillId] === null ? '' : String(form.skills[skill.skillId])}
              onChange={(_, d) => change({ skills: { ...form.skills, [skill.skillId]: Number(d.value) } })}
            >
              {LEVELS.map((level) => (
                <Radio key={level} value={String(level)} label={t(`surveys.levels.${level}`)} />
              ))}
            </RadioGroup>
          </Field>
        ))}
      {survey.kind !== 'post' && (
        <>
          <Field label={t('surveys.satisfaction')} required {...fieldState(errors.satisfaction)}>
            <RadioGroup
              layout="horizontal"
              value={form.satisfaction === null ? '' : String(form.satisfaction)}
              onChange={(_, d) => change({ satisfaction: Number(d.value) })}
            >
              {LEVELS.map((level) => (
                <Radio key={level} value={String(level)} label={t(`surveys.satisfactionLevels.${level}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('surveys.nps')} hint={t('surveys.npsHint')} required {...fieldState(errors.nps)}>
            <RadioGroup
              layout="horizontal"
              value={form.nps === null ? '' : String(form.nps)}
              onChange={(_, d) => change({ nps: Number(d.value) })}
            >
              {NPS.map((value) => (
                <Radio key={value} value={String(value)} label={String(value)} />
              ))}
            </RadioGroup>
          </Field>
        </>
      )}
      <Field label={t('surveys.comment')} {...fieldState(errors.comment)}>
        <Textarea
          rows={3}
          value={form.comment}
          maxLength={2000}
          resize="vertical"
          onChange={(_, d) => change({ comment: d.value })}
        />
      </Field>
      <Checkbox
        checked={form.private}
        onChange={(_, d) => change({ private: d.checked === true })}
        label={t('surveys.private')}
      />
      {Object.keys(errors).length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('surveys.fixFields')}</MessageBarBody>
        </MessageBar>
      ) : (
        answer.isError && <ProblemBar error={answer.error} />
      )}
    </FormDialog>
  );
}
