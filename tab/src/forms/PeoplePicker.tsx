import { Avatar, Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleSearch } from '../api/programme-queries';
import type { PersonChoice } from '../programme-editor/programme-form';
import { ChosenList } from './ChosenList';
import { fieldState } from './field-errors';
import { usePeoplePickerStyles } from './PeoplePicker.styles';
import { useDebounced } from './use-debounced';

const NO_OPTION = '__none__';

const roleOf = (person: Pick<PersonChoice, 'jobTitle' | 'department'>) =>
  [person.jobTitle, person.department].filter(Boolean).join(' · ');

/** Chooses people of the directory by the start of their name or e-mail, as Teams does. */
export function PeoplePicker({
  label,
  hint,
  people,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  people: PersonChoice[];
  onChange: (people: PersonChoice[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const styles = usePeoplePickerStyles();
  const [text, setText] = useState('');
  const search = usePeopleSearch(useDebounced(text));
  const found = (search.data?.items ?? []).filter((p) => !people.some((chosen) => chosen.aadId === p.aadId));

  let notice: string | null = null;
  if (text.trim().length < 2) notice = t('forms.people.typeMore');
  else if (search.isFetching && found.length === 0) notice = t('forms.people.searching');
  else if (search.isError) notice = t('forms.people.failed');
  else if (found.length === 0) notice = t('forms.people.none', { text: text.trim() });

  return (
    <div className={styles.root}>
      <Field label={label} hint={hint} {...fieldState(error)}>
        <Combobox
          freeform
          value={text}
          selectedOptions={[]}
          placeholder={t('forms.people.placeholder')}
          onChange={(event) => setText(event.target.value)}
          onOptionSelect={(_, data) => {
            const person = found.find((p) => p.aadId === data.optionValue);
            if (!person) return;
            const { aadId, displayName, jobTitle, department } = person;
            onChange([...people, { aadId, displayName, jobTitle, department }]);
            setText('');
          }}
        >
          {notice !== null ? (
            <Option value={NO_OPTION} text={notice} disabled>
              {notice}
            </Option>
          ) : (
            found.map((person) => (
              <Option key={person.aadId} value={person.aadId} text={person.displayName}>
                <span className={styles.option}>
                  <Avatar name={person.displayName} color="colorful" size={28} aria-hidden />
                  <span className={styles.optionText}>
                    <span>{person.displayName}</span>
                    <span className={styles.secondary}>{roleOf(person) || person.mail}</span>
                  </span>
                </span>
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      <ChosenList
        label={t('forms.people.chosen', { label })}
        items={people}
        keyOf={(person) => person.aadId}
        nameOf={(person) => person.displayName}
        mediaOf={(person) => <Avatar name={person.displayName} color="colorful" size={20} aria-hidden />}
        onRemove={(person) => onChange(people.filter((p) => p.aadId !== person.aadId))}
      />
    </div>
  );
}
