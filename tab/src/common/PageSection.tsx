import type { ReactNode } from 'react';
import { useId } from 'react';
import { usePageSectionStyles } from './PageSection.styles';

export function PageSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = usePageSectionStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      {children}
    </section>
  );
}
