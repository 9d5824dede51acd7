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
import { ApiError } from '../api/api-error';
import { FormDialog } from '../common/FormDialog';
import { ProblemBar } from '../common/ProblemBar';
import { fieldErrorsFromProblem, fieldState } from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { useSessionDialogStyles } from '../sessions/SessionDialog.styles';
import type { SessionDto } from '../sessions/session-api';
import type { FeedbackDto } from './feedback-api';
import {
  canChange,
  type FeedbackForm,
  feedbackErrors,
  feedbackInputOf,
  feedbackRefusalKey,
  formFromFeedback,
  MAX_TEXT,
} from './feedback-form';
import { useGiveFeedback } from './feedback-queries';

const RATINGS = [1, 2, 3, 4, 5] as const;
const FIELD_MESSAGES = {
  tookPlace: 'feedback.errors.tookPlace',
  rating: 'feedback.errors.rating',
  objectiveMet: 'feedback.errors.objectiveMet',
};

function FeedbackProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const key = feedbackRefusalKey(error instanceof ApiError ? error.problem.code : undefined);
  return <ProblemBar error={key ? new Error(t(key)) : error} />;
}

/**
 * Feedback on one session, the same questions as the bot's card: did it take place, how was it,
 * what was learned and shared, what got in the way; support, continuing and privacy.
 */
export function FeedbackDialog({
  session,
  saved,
  partnerName,
  onClose,
  onSaved,
}: {
  session: SessionDto;
  saved: FeedbackDto | null;
  partnerName: string;
  onClose: () => void;
  onSaved: (saved: FeedbackDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionDialogStyles();
  const localised = useLocalised();
  const [form, setForm] = useState<FeedbackForm>(() => formFromFeedback(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const give = useGiveFeedback(session.id);
  const editable = canChange(saved, new Date());

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [aria-invalid="true"] input')
      ?.focus();
  }, [errors]);

  const change = (patch: Partial<FeedbackForm>, answered: string[] = Object.keys(patch)) => {
    setForm((current) => ({ ...current, ...patch }));
    // An answer given clears that field's message; the others stay until the next try.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !answered.includes(field))),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = feedbackErrors(form);
    if (Object.keys(missing).length > 0) {
      setErrors(Object.fromEntries(Object.entries(missing).map(([field, key]) => [field, t(key)])));
      return;
    }
    setErrors({});
    give.mutate(feedbackInputOf(form), {
      onSuccess: (answer) => {
        onSaved(answer);
        onClose();
      },
      onError: (error) => setErrors(fieldErrorsFromProblem(error, t, FIELD_MESSAGES)),
    });
  };
  const tookPlace = form.tookPlace === 'yes';
  const text = (field: 'learned' | 'shared' | 'obstacles') => (
    <Field label={t(`feedback.${field}`)} {...fieldState(errors[field])}>
      <Textarea
        rows={2}
        value={form[field]}
        maxLength={MAX_TEXT}
        resize="vertical"
        disabled={!editable}
        onChange={(_, d) => change({ [field]: d.value })}
      />
    </Field>
  );

  return (
    <FormDialog
      title={t('feedback.title', { number: session.number, theme: localised(session.label) })}
      busy={give.isPending}
      onClose={onClose}
      onSubmit={submit}
      formRef={formRef}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      closeLabel={editable ? t('forms.cancel') : t('feedback.close')}
      submitLabel={editable ? t('feedback.save') : undefined}
      busyLabel={t('feedback.saving')}
    >
      <p className={styles.note}>{t('feedback.intro', { name: partnerName })}</p>
      {!editable && (
        <MessageBar intent="info">
          <MessageBarBody>{t('feedback.locked')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('feedback.tookPlace')} required {...fieldState(errors.tookPlace)}>
        <RadioGroup
          layout="horizontal"
          value={form.tookPlace}
          disabled={!editable}
          onChange={(_, d) => change({ tookPlace: d.value as FeedbackForm['tookPlace'] })}
        >
          <Radio value="yes" label={t('feedback.tookPlaceYes')} />
          <Radio value="no" label={t('feedback.tookPlaceNo')} />
          <Radio value="moved" label={t('feedback.tookPlaceMoved')} />
        </RadioGroup>
      </Field>
      {form.tookPlace === 'moved' && <p className={styles.note}>{t('feedback.movedNote')}</p>}
      {tookPlace && (
        <>
          <Field
            label={t('feedback.rating')}
            hint={t('feedback.ratingHint')}
            required
            {...fieldState(errors.rating)}
          >
            <RadioGroup
              layout="horizontal"
              value={form.rating === null ? '' : String(form.rating)}
              disabled={!editable}
              onChange={(_, d) => change({ rating: Number(d.value) })}
            >
              {RATINGS.map((value) => (
                <Radio key={value} value={String(value)} label={t(`feedback.ratings.${value}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('feedback.objectiveMet')} required {...fieldState(errors.objectiveMet)}>
            <RadioGroup
              layout="horizontal"
              value={form.objectiveMet}
              disabled={!editable}
              onChange={(_, d) => change({ objectiveMet: d.value as FeedbackForm['objectiveMet'] })}
            >
              <Radio value="yes" label={t('feedback.objectiveYes')} />
              <Radio value="partly" label={t('feedback.objectivePartly')} />
              <Radio value="no" label={t('feedback.objectiveNo')} />
            </RadioGroup>
          </Field>
          {text('learned')}
          {text('shared')}
        </>
      )}
      {text('obstacles')}
      <Checkbox
        checked={form.wantsSupport}
        disabled={!editable}
        onChange={(_, d) => change({ wantsSupport: d.checked === true })}
        label={t('feedback.wantsSupport')}
      />
      <Field
        label={t('feedback.continue', { name: partnerName })}
        hint={t('feedback.continueHint', { name: partnerName })}
      >
        <RadioGroup
          layout="horizontal"
          value={form.continueWithPartner}
          disabled={!editable}
          onChange={(_, d) => change({ continueWithPartner: d.value as FeedbackForm['continueWithPartner'] })}
        >
          <Radio value="yes" label={t('feedback.continueYes')} />
          <Radio value="unsure" label={t('feedback.continueUnsure')} />
          <Radio value="no" label={t('feedback.continueNo')} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={form.private}
        disabled={!editable}
        onChange={(_, d) => change({ private: d.checked === true })}
        label={t('feedback.private')}
      />
      {Object.keys(errors).length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('feedback.fixFields')}</MessageBarBody>
        </MessageBar>
      ) : (
        give.isError && <FeedbackProblem error={give.error} />
      )}
    </FormDialog>
  );
}
