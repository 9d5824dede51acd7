import { Body1, Button, Caption1, Field, Input } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import { newRowKey, type SkillRow } from './programme-form';

/** The skills volunteers rate themselves on; saved skills keep their id, which applications use. */
export function SkillsEditor({ form, onChange, errors, creating }: EditorPartProps & { creating: boolean }) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const update = (key: string, patch: Partial<SkillRow>) =>
    onChange({ skills: form.skills.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  return (
    <FormSection title={t('editor.skills.title')} description={t('editor.skills.intro')}>
      {form.skills.length === 0 && (
        <Body1 as="p" className={styles.muted}>
          {creating ? t('editor.skills.defaults') : t('editor.skills.empty')}
        </Body1>
      )}
      {form.skills.length > 0 && (
        <ul className={styles.rows}>
          {form.skills.map((row, index) => {
            const error = errors[`skills.${index}.label`] ?? errors[`skills.${index}.id`];
            return (
              <li key={row.key}>
                <fieldset className={styles.row}>
                  <legend className={styles.legend}>
                    {t('editor.skills.row', { number: index + 1 })}
                    {row.id && <Caption1 className={styles.muted}> · {row.id}</Caption1>}
                  </legend>
                  <div className={styles.rowFields}>
                    <Field label={t('editor.labelFr')} {...fieldState(error)}>
                      <Input lang="fr" value={row.fr} onChange={(_, d) => update(row.key, { fr: d.value })} />
                    </Field>
                    <Field label={t('editor.labelEn')} {...fieldState(error)}>
                      <Input lang="en" value={row.en} onChange={(_, d) => update(row.key, { en: d.value })} />
                    </Field>
                    <div className={styles.rowActions}>
                      <Button
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        aria-label={t('editor.skills.remove', { name: row.en || row.fr || index + 1 })}
                        onClick={() => onChange({ skills: form.skills.filter((s) => s.key !== row.key) })}
                      />
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {errors.skills && (
        <Body1 as="p" role="alert" className={styles.muted}>
          {errors.skills}
        </Body1>
      )}
      <Button
        className={styles.addButton}
        icon={<AddRegular />}
        disabled={form.skills.length >= 40}
        onClick={() => onChange({ skills: [...form.skills, { key: newRowKey(), id: null, fr: '', en: '' }] })}
      >
        {t('editor.skills.add')}
      </Button>
    </FormSection>
  );
}
