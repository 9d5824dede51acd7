import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useShellLayoutStyles } from './ShellLayout.styles';

/** Banner, optional navigation and the main landmark; `narrow` suits forms and notices. */
export function ShellLayout({
  header,
  nav,
  narrow = false,
  children,
}: {
  header: ReactNode;
  nav?: ReactNode;
  narrow?: boolean;
  children: ReactNode;
}) {
  const styles = useShellLayoutStyles();
  return (
    <div className={styles.shell}>
      {header}
      {nav}
      <main className={mergeClasses(styles.main, narrow && styles.narrow)}>{children}</main>
    </div>
  );
}
