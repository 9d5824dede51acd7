import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { TagInput } from '../forms/TagInput';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';

/** Who may volunteer: directory departments, offices and employee types; empty lists mean everyone. */
export function EligibilityFields({ form, onChange }: Omit<EditorPartProps, 'errors'>) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  return (
    <FormSection title={t('editor.eligibility.title')} description={t('editor.eligibility.intro')}>
      <div className={styles.grid}>
        <TagInput
          label={t('editor.eligibility.departments')}
          hint={t('editor.eligibility.departmentsHint')}
          values={form.departments}
          onChange={(departments) => onChange({ departments })}
        />
        <TagInput
          label={t('editor.eligibility.offices')}
          hint={t('editor.eligibility.officesHint')}
          values={form.offices}
          onChange={(offices) => onChange({ offices })}
        />
        <TagInput
          label={t('editor.eligibility.employeeTypes')}
          hint={t('editor.eligibility.employeeTypesHint')}
          values={form.employeeTypes}
          onChange={(employeeTypes) => onChange({ employeeTypes })}
        />
      </div>
    </FormSection>
  );
}
