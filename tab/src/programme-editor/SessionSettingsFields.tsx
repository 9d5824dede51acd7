import { Combobox, Field, Option, Radio, RadioGroup } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import { errorAt, fieldState } from '../forms/field-errors';
import { PeoplePicker } from '../forms/PeoplePicker';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import { ORGANIZERS, type Organizer } from './programme-form';
import { supportedTimeZones, timeZoneChoices } from './time-zones';

/** How sessions are booked: the zone the programme's dates are read in, and whose calendar organises them. */
export function SessionSettingsFields({ form, onChange, errors }: EditorPartProps) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const zones = useMemo(supportedTimeZones, []);
  const [text, setText] = useState(form.timeZone);
  // Open while typing, pasting included (Fluent opens on key presses only).
  const [open, setOpen] = useState(false);
  const choices = timeZoneChoices(zones.includes(form.timeZone) ? zones : [form.timeZone, ...zones], {
    text,
    selected: form.timeZone,
  });
  return (
    <FormSection title={t('editor.sessions.title')} description={t('editor.sessions.intro')}>
      <div className={styles.halves}>
        <Field
          label={t('editor.sessions.timeZone')}
          hint={t('editor.sessions.timeZoneHint')}
          {...fieldState(errors.timeZone)}
        >
          <Combobox
            freeform
            value={text}
            selectedOptions={[form.timeZone]}
            placeholder={t('editor.sessions.timeZonePlaceholder')}
            open={open}
            onOpenChange={(_, data) => setOpen(data.open)}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onOptionSelect={(_, data) => {
              if (!data.optionValue) return;
              onChange({ timeZone: data.optionValue });
              setText(data.optionValue);
            }}
            onBlur={() => setText(form.timeZone)}
          >
            {choices.length === 0 ? (
              <Option value="" text={t('editor.sessions.noZone')} disabled>
                {t('editor.sessions.noZone')}
              </Option>
            ) : (
              choices.map((zone) => (
                <Option key={zone} value={zone}>
                  {zone}
                </Option>
              ))
            )}
          </Combobox>
        </Field>
        <Field label={t('editor.sessions.organizer')} hint={t('editor.sessions.organizerHint')}>
          <RadioGroup
            value={form.organizer}
            onChange={(_, data) => onChange({ organizer: data.value as Organizer })}
          >
            {ORGANIZERS.map((organizer) => (
              <Radio key={organizer} value={organizer} label={t(`editor.sessions.organizers.${organizer}`)} />
            ))}
          </RadioGroup>
        </Field>
        {form.organizer === 'shared' && (
          <PeoplePicker
            label={t('editor.sessions.mailbox')}
            hint={t('editor.sessions.mailboxHint')}
            people={form.organizerMailbox ? [form.organizerMailbox] : []}
            onChange={(people) => onChange({ organizerMailbox: people.at(-1) ?? null })}
            error={errorAt(errors, 'organizerAadId')}
          />
        )}
      </div>
    </FormSection>
  );
}
