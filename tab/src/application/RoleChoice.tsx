import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import type { ParticipantRole } from './application-form';
import type { ApplicationPartProps } from './form-props';

const ROLES: readonly ParticipantRole[] = ['mentor', 'mentee'];

/** Mentor or mentee, each with what it means in reverse mentoring. */
export function RoleChoice({ form, onChange, errors }: ApplicationPartProps) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  return (
    <FormSection title={t('apply.role.title')}>
      <Field label={t('apply.role.label')} required {...fieldState(errors.role)}>
        <RadioGroup
          value={form.role ?? ''}
          onChange={(_, data) => onChange({ role: data.value as ParticipantRole })}
        >
          {ROLES.map((role) => (
            <Radio
              key={role}
              value={role}
              label={
                <span className={styles.roleLabel}>
                  <span className={styles.roleName}>{t(`apply.role.${role}`)}</span>
                  <span className={styles.roleHelp}>{t(`apply.role.${role}Help`)}</span>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
    </FormSection>
  );
}
