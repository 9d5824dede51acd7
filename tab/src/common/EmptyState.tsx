import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useEmptyStateStyles } from './EmptyState.styles';

/** Says there is nothing to show yet, and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  const styles = useEmptyStateStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="p" className={styles.text}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {children}
      </Body1>
    </div>
  );
}
