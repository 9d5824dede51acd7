import { Field, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../forms/CheckboxGroup';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import { DAYPARTS, LANGUAGES, toggled, WEEKDAYS } from './application-form';
import type { ApplicationPartProps } from './form-props';

/** Goals, when the person can meet, in which languages, and (mentors) how many mentees. */
export function AvailabilityFields({
  form,
  onChange,
  errors,
  mentorCapacity,
}: ApplicationPartProps & { mentorCapacity: number }) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  return (
    <FormSection title={t('apply.availability.title')} description={t('apply.availability.intro')}>
      <Field
        label={t(`apply.goals.label.${form.role ?? 'mentee'}`)}
        hint={t('apply.goals.hint')}
        {...fieldState(errors.goals)}
      >
        <Textarea
          value={form.goals}
          onChange={(_, data) => onChange({ goals: data.value })}
          maxLength={2000}
          resize="vertical"
        />
      </Field>
      <div className={styles.grid}>
        <CheckboxGroup
          label={t('application.fields.days')}
          required
          options={WEEKDAYS.map((value) => ({ value, label: t(`application.days.${value}`) }))}
          chosen={form.days}
          onToggle={(value, on) => onChange({ days: toggled(WEEKDAYS, form.days, value, on) })}
          error={errors['availability.days']}
        />
        <CheckboxGroup
          label={t('application.fields.dayparts')}
          required
          options={DAYPARTS.map((value) => ({ value, label: t(`application.dayparts.${value}`) }))}
          chosen={form.dayparts}
          onToggle={(value, on) => onChange({ dayparts: toggled(DAYPARTS, form.dayparts, value, on) })}
          error={errors['availability.dayparts']}
        />
        <CheckboxGroup
          label={t('application.fields.languages')}
          required
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          chosen={form.languages}
          onToggle={(value, on) => onChange({ languages: toggled(LANGUAGES, form.languages, value, on) })}
          error={errors.languages}
        />
        {form.role === 'mentor' && (
          <Field
            label={t('application.fields.capacity')}
            hint={t('apply.capacityHint', { count: mentorCapacity })}
            {...fieldState(errors.capacity)}
          >
            <Select
              value={String(form.capacity)}
              onChange={(_, data) => onChange({ capacity: Number(data.value) })}
            >
              {Array.from({ length: mentorCapacity }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {t('editor.general.mentees', { count: n })}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </FormSection>
  );
}
