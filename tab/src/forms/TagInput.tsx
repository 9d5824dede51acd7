import { Button, Field, Input } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChosenList } from './ChosenList';
import { useTagInputStyles } from './TagInput.styles';

/** Free-text values typed one by one (Enter or "Add") and shown as removable tags. */
export function TagInput({
  label,
  hint,
  values,
  onChange,
}: {
  label: string;
  hint?: string;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const styles = useTagInputStyles();
  const [draft, setDraft] = useState('');
  const add = () => {
    const value = draft.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    setDraft('');
  };
  return (
    <div className={styles.root}>
      <Field label={label} hint={hint}>
        <Input
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          contentAfter={
            <Button
              appearance="transparent"
              size="small"
              icon={<AddRegular />}
              disabled={draft.trim() === ''}
              onClick={add}
            >
              {t('forms.add')}
            </Button>
          }
        />
      </Field>
      <ChosenList
        label={label}
        items={values}
        keyOf={(value) => value}
        nameOf={(value) => value}
        onRemove={(value) => onChange(values.filter((item) => item !== value))}
      />
    </div>
  );
}
