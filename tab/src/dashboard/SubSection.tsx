import { type ReactNode, useId } from 'react';
import { useDashboardPageStyles } from './DashboardPage.styles';

/** A titled part of a page section (an h3 under the section's h2). */
export function SubSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useDashboardPageStyles();
  const headingId = useId();
  return (
    <section className={styles.subsection} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subtitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}
