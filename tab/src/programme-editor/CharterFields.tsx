import { Field, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';

/** The trust charter every volunteer reads and accepts, in French and English. */
export function CharterFields({ form, onChange, errors, creating }: EditorPartProps & { creating: boolean }) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const hint = creating ? t('editor.charter.defaults') : undefined;
  const error = errors.charter ?? errors['charter.fr'] ?? errors['charter.en'];
  return (
    <FormSection title={t('editor.charter.title')} description={t('editor.charter.intro')}>
      <div className={styles.halves}>
        <Field label={t('editor.charter.fr')} hint={hint} {...fieldState(error)}>
          <Textarea
            lang="fr"
            rows={7}
            resize="vertical"
            value={form.charterFr}
            onChange={(_, d) => onChange({ charterFr: d.value })}
          />
        </Field>
        <Field label={t('editor.charter.en')} hint={hint} {...fieldState(error)}>
          <Textarea
            lang="en"
            rows={7}
            resize="vertical"
            value={form.charterEn}
            onChange={(_, d) => onChange({ charterEn: d.value })}
          />
        </Field>
      </div>
    </FormSection>
  );
}
