import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from '../api/api-error';
import { useProblemBarStyles } from './ProblemBar.styles';

export interface ProblemBarProps {
  error: unknown;
  /** Offers a "Try again" button when given. */
  onRetry?: () => void;
  intent?: 'error' | 'warning';
}

/** Shows why something failed: the problem's detail (or title), never a blank screen. */
export function ProblemBar({ error, onRetry, intent = 'error' }: ProblemBarProps) {
  const { t } = useTranslation();
  const styles = useProblemBarStyles();
  const message = describe(error, t);
  return (
    <MessageBar intent={intent} layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t('errors.title')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('errors.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function describe(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.code === NETWORK_ERROR) return t('errors.network');
    if (problem.code === UNEXPECTED_RESPONSE) return t('errors.http', { status: problem.status });
    return problem.detail ?? problem.title;
  }
  return error instanceof Error ? error.message : String(error);
}
