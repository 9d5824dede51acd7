import { Checkbox } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import { useCheckboxGroupStyles } from './CheckboxGroup.styles';

/** Several checkboxes under one legend, with the group's validation message below them. */
export function CheckboxGroup<T extends string>({
  label,
  options,
  chosen,
  onToggle,
  error,
  required = false,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  error?: string;
  required?: boolean;
}) {
  const styles = useCheckboxGroupStyles();
  const errorId = useId();
  return (
    <fieldset
      className={styles.group}
      data-invalid={error ? 'true' : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={styles.legend}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden>
            *
          </span>
        )}
      </legend>
      <div className={styles.options}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={chosen.includes(option.value)}
            onChange={(_, data) => onToggle(option.value, data.checked === true)}
          />
        ))}
      </div>
      {error && (
        <span id={errorId} className={styles.error}>
          <ErrorCircle12Filled aria-hidden />
          {error}
        </span>
      )}
    </fieldset>
  );
}
