import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import { CADENCES, type Cadence } from './programme-form';

/** Name, description, rhythm, dates and how many mentees a mentor may take. */
export function GeneralFields({ form, onChange, errors }: EditorPartProps) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  return (
    <FormSection title={t('editor.general.title')}>
      <div className={styles.grid}>
        <Field className={styles.wide} label={t('editor.general.name')} required {...fieldState(errors.name)}>
          <Input value={form.name} onChange={(_, d) => onChange({ name: d.value })} maxLength={120} />
        </Field>
        <Field
          className={styles.wide}
          label={t('editor.general.description')}
          hint={t('editor.general.descriptionHint')}
          {...fieldState(errors.description)}
        >
          <Textarea
            value={form.description}
            onChange={(_, d) => onChange({ description: d.value })}
            maxLength={2000}
            resize="vertical"
          />
        </Field>
        <Field label={t('editor.general.cadence')} {...fieldState(errors.cadence)}>
          <Select value={form.cadence} onChange={(_, d) => onChange({ cadence: d.value as Cadence })}>
            {CADENCES.map((cadence) => (
              <option key={cadence} value={cadence}>
                {t(`programmes.cadence.${cadence}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('editor.general.sessionMinutes')}
          hint={t('editor.general.sessionMinutesHint')}
          {...fieldState(errors.sessionMinutes)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={15}
            max={240}
            step={15}
            value={form.sessionMinutes}
            onChange={(_, d) => onChange({ sessionMinutes: d.value })}
          />
        </Field>
        <Field label={t('editor.general.sessionCount')} {...fieldState(errors.sessionCount)}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={form.sessionCount}
            onChange={(_, d) => onChange({ sessionCount: d.value })}
          />
        </Field>
        <Field
          label={t('editor.general.mentorCapacity')}
          hint={t('editor.general.mentorCapacityHint')}
          {...fieldState(errors.mentorCapacity)}
        >
          <Select value={form.mentorCapacity} onChange={(_, d) => onChange({ mentorCapacity: d.value })}>
            {['1', '2', '3'].map((n) => (
              <option key={n} value={n}>
                {t('editor.general.mentees', { count: Number(n) })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('editor.general.startsOn')} {...fieldState(errors.startsOn)}>
          <Input type="date" value={form.startsOn} onChange={(_, d) => onChange({ startsOn: d.value })} />
        </Field>
        <Field label={t('editor.general.endsOn')} {...fieldState(errors.endsOn)}>
          <Input type="date" value={form.endsOn} onChange={(_, d) => onChange({ endsOn: d.value })} />
        </Field>
      </div>
    </FormSection>
  );
}
