import { Checkbox, Field, mergeClasses, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { FormSection } from '../forms/FormSection';
import { errorAt, fieldState } from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import { LEVELS } from './application-form';
import type { ApplicationPartProps } from './form-props';

const MAX_SKILLS = 12;

/** The pre-programme self-assessment: the skills chosen from the catalogue, each with a level 1–5. */
export function SkillLevels({
  form,
  onChange,
  errors,
  catalogue,
}: ApplicationPartProps & { catalogue: ProgrammeDto['skills'] }) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  const localised = useLocalised();
  const role = form.role ?? 'mentee';
  const groupError = errors.skills;
  const choose = (skillId: string, on: boolean) =>
    onChange({
      skills: on
        ? catalogue
            .filter((s) => s.id === skillId || form.skills.some((chosen) => chosen.skillId === s.id))
            .map((s) => form.skills.find((chosen) => chosen.skillId === s.id) ?? { skillId, level: 0 })
        : form.skills.filter((chosen) => chosen.skillId !== skillId),
    });
  const rate = (skillId: string, level: number) =>
    onChange({ skills: form.skills.map((s) => (s.skillId === skillId ? { ...s, level } : s)) });

  return (
    <FormSection title={t(`apply.skills.title.${role}`)} description={t(`apply.skills.intro.${role}`)}>
      <ul className={styles.skills} data-invalid={groupError ? 'true' : undefined}>
        {catalogue.map((skill) => {
          const index = form.skills.findIndex((s) => s.skillId === skill.id);
          const chosen = index >= 0 ? form.skills[index] : undefined;
          const name = localised(skill.label);
          return (
            <li key={skill.id} className={mergeClasses(styles.skill, chosen && styles.chosenSkill)}>
              <Checkbox
                label={name}
                checked={chosen !== undefined}
                disabled={!chosen && form.skills.length >= MAX_SKILLS}
                onChange={(_, data) => choose(skill.id, data.checked === true)}
              />
              {chosen && (
                <Field
                  label={t(`apply.skills.levelLabel.${role}`, { name })}
                  required
                  {...fieldState(errorAt(errors, `skills.${index}`, { nested: true }))}
                >
                  <RadioGroup
                    className={styles.levels}
                    layout="horizontal"
                    value={chosen.level ? String(chosen.level) : ''}
                    onChange={(_, data) => rate(skill.id, Number(data.value))}
                  >
                    {LEVELS.map((level) => (
                      <Radio
                        key={level}
                        value={String(level)}
                        label={`${level} · ${t(`application.levels.${level}`)}`}
                      />
                    ))}
                  </RadioGroup>
                </Field>
              )}
            </li>
          );
        })}
      </ul>
      {groupError && (
        <Text role="alert" size={200} className={styles.error}>
          <ErrorCircle12Filled aria-hidden /> {groupError}
        </Text>
      )}
    </FormSection>
  );
}
