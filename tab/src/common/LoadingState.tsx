import { mergeClasses, Spinner } from '@fluentui/react-components';
import { useLoadingStateStyles } from './LoadingState.styles';

export function LoadingState({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  const styles = useLoadingStateStyles();
  return (
    <div className={mergeClasses(styles.root, fullPage && styles.fullPage)} role="status">
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
