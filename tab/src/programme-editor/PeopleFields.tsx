import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { errorAt } from '../forms/field-errors';
import { PeoplePicker } from '../forms/PeoplePicker';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';

/** Sponsors back the programme; admins run it (the creator is always one). */
export function PeopleFields({ form, onChange, errors }: EditorPartProps) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  return (
    <FormSection title={t('editor.people.title')} description={t('editor.people.intro')}>
      <div className={styles.halves}>
        <PeoplePicker
          label={t('editor.people.sponsors')}
          hint={t('editor.people.sponsorsHint')}
          people={form.sponsors}
          onChange={(sponsors) => onChange({ sponsors })}
          error={errorAt(errors, 'sponsorAadIds', { nested: true })}
        />
        <PeoplePicker
          label={t('editor.people.admins')}
          hint={t('editor.people.adminsHint')}
          people={form.admins}
          onChange={(admins) => onChange({ admins })}
          error={errorAt(errors, 'adminAadIds', { nested: true })}
        />
      </div>
    </FormSection>
  );
}
