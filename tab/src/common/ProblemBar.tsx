import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem-text';
import { useProblemBarStyles } from './ProblemBar.styles';

export interface ProblemBarProps {
  error: unknown;
  /** Offers a "Try again" button when given. */
  onRetry?: () => void;
  intent?: 'error' | 'warning';
}

/** Shows why something failed, in the reader's language where the tab knows the problem; never a blank screen. */
export function ProblemBar({ error, onRetry, intent = 'error' }: ProblemBarProps) {
  const { t } = useTranslation();
  const styles = useProblemBarStyles();
  const message = problemText(error, t);
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
