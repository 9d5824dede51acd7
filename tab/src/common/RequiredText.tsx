import { Field, Textarea } from '@fluentui/react-components';
import { type RefObject, useRef, useState } from 'react';

/** A required free text of a form dialog (a reason, a message): its value and whether it was missing. */
export interface RequiredText {
  value: string;
  setValue: (value: string) => void;
  /** The last submit found it shorter than required. */
  missing: boolean;
  field: RefObject<HTMLTextAreaElement | null>;
  /** On submit: the trimmed text, or null (the field then says so and takes the focus). */
  check: () => string | null;
}

export function useRequiredText(minLength = 1): RequiredText {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const check = () => {
    const text = value.trim();
    const short = text.length < minLength;
    setMissing(short);
    if (short) {
      field.current?.focus();
      return null;
    }
    return text;
  };
  return { value, setValue, missing, field, check };
}

/** The field of a `useRequiredText`: a resizable text area of up to 1,000 characters. */
export function RequiredTextField({
  text,
  label,
  hint,
  missingMessage,
}: {
  text: RequiredText;
  label: string;
  hint: string;
  missingMessage: string;
}) {
  return (
    <Field
      label={label}
      required
      hint={hint}
      validationState={text.missing ? 'error' : 'none'}
      validationMessage={text.missing ? missingMessage : undefined}
    >
      <Textarea
        ref={text.field}
        value={text.value}
        onChange={(_, data) => text.setValue(data.value)}
        maxLength={1000}
        resize="vertical"
      />
    </Field>
  );
}
