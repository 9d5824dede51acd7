import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleSearch } from '../api/programme-queries';
import type { PersonChoice } from '../programme-editor/programme-form';
import { fieldState } from './field-errors';
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
  const [text, setText] = useState('');
  const search = usePeopleSearch(useDebounced(text));
  const found = (search.data?.items ?? []).filter((p) => !people.some((chosen) => chosen.aadId === p.aadId));

  let notice: string | null = null;
  if (text.trim().length < 2) notice = t('forms.people.typeMore');
  else if (search.isFetching && found.length === 0) notice = t('forms.people.searching');
  else if (search.isError) notice = t('forms.people.failed');
  else if (found.length === 0) notice = t('forms.people.none', { text: text.trim() });

  return (
    <Field label={label} hint={hint} {...fieldState(error)}>
      <TagPicker
        selectedOptions={people.map((p) => p.aadId)}
        onOptionSelect={(_, data) => {
          if (data.value === NO_OPTION) return;
          const pool = [...people, ...found];
          onChange(
            data.selectedOptions
              .map((aadId) => pool.find((p) => p.aadId === aadId))
              .filter((p): p is PersonChoice => p !== undefined)
              .map(({ aadId, displayName, jobTitle, department }) => ({
                aadId,
                displayName,
                jobTitle,
                department,
              })),
          );
          setText('');
        }}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={t('forms.people.chosen', { label })}>
            {people.map((person) => (
              <Tag
                key={person.aadId}
                value={person.aadId}
                shape="rounded"
                media={<Avatar name={person.displayName} color="colorful" aria-hidden />}
                dismissIcon={{ 'aria-label': t('forms.remove', { name: person.displayName }) }}
              >
                {person.displayName}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput value={text} onChange={(event) => setText(event.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {notice !== null ? (
            <TagPickerOption value={NO_OPTION}>{notice}</TagPickerOption>
          ) : (
            found.map((person) => (
              <TagPickerOption
                key={person.aadId}
                value={person.aadId}
                text={person.displayName}
                secondaryContent={roleOf(person) || person.mail || undefined}
                media={<Avatar name={person.displayName} color="colorful" aria-hidden />}
              >
                {person.displayName}
              </TagPickerOption>
            ))
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
