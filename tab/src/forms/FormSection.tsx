import { Body1 } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';
import { useFormSectionStyles } from './FormSection.styles';

/** A titled panel of a form, with a line saying what the fields are for. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const styles = useFormSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      {description && (
        <Body1 as="p" className={styles.description}>
          {description}
        </Body1>
      )}
      {children}
    </section>
  );
}
