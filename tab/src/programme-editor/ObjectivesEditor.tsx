import { Body1, Button, Field, Input, Select } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import { KPI_KINDS, type KpiKind, newRowKey, type ObjectiveRow } from './programme-form';

/** Measurable objectives: a label in both languages, the indicator that measures it, and its target. */
export function ObjectivesEditor({ form, onChange, errors }: EditorPartProps) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const update = (key: string, patch: Partial<ObjectiveRow>) =>
    onChange({ objectives: form.objectives.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  const add = () =>
    onChange({
      objectives: [
        ...form.objectives,
        { key: newRowKey(), id: null, fr: '', en: '', kpi: 'skill_progression', target: '' },
      ],
    });
  return (
    <FormSection title={t('editor.objectives.title')} description={t('editor.objectives.intro')}>
      {form.objectives.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t('editor.objectives.empty')}
        </Body1>
      ) : (
        <ul className={styles.rows}>
          {form.objectives.map((row, index) => {
            const at = (field: string) => errors[`objectives.${index}.${field}`];
            const name = t('editor.objectives.row', { number: index + 1 });
            return (
              <li key={row.key}>
                <fieldset className={styles.row}>
                  <legend className={styles.legend}>{name}</legend>
                  <div className={styles.rowFields}>
                    <Field label={t('editor.labelFr')} {...fieldState(at('label'))}>
                      <Input lang="fr" value={row.fr} onChange={(_, d) => update(row.key, { fr: d.value })} />
                    </Field>
                    <Field label={t('editor.labelEn')} {...fieldState(at('label'))}>
                      <Input lang="en" value={row.en} onChange={(_, d) => update(row.key, { en: d.value })} />
                    </Field>
                    <Field label={t('editor.objectives.kpi')} {...fieldState(at('kpi'))}>
                      <Select
                        value={row.kpi}
                        onChange={(_, d) => update(row.key, { kpi: d.value as KpiKind })}
                      >
                        {KPI_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`kpi.${kind}`)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field
                      label={t('editor.objectives.target')}
                      hint={t(`kpiUnit.${row.kpi}`)}
                      {...fieldState(at('target'))}
                    >
                      <Input
                        type="number"
                        inputMode="decimal"
                        min={0}
                        max={10000}
                        value={row.target}
                        onChange={(_, d) => update(row.key, { target: d.value })}
                      />
                    </Field>
                    <div className={styles.rowActions}>
                      <Button
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={t('editor.objectives.remove', { number: index + 1 })}
                        onClick={() =>
                          onChange({ objectives: form.objectives.filter((o) => o.key !== row.key) })
                        }
                      />
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {errors.objectives && (
        <Body1 as="p" role="alert" className={styles.muted}>
          {errors.objectives}
        </Body1>
      )}
      <Button
        className={styles.addButton}
        icon={<AddRegular />}
        onClick={add}
        disabled={form.objectives.length >= 20}
      >
        {t('editor.objectives.add')}
      </Button>
    </FormSection>
  );
}
