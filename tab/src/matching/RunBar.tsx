import { Button, Spinner, Text } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PlayRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { MatchingFiguresDto } from './matching-api';
import { useRunBarStyles } from './RunBar.styles';

/** The run button and, in a polite live region, what the matching is doing or has just done. */
export function RunBar({
  canRun,
  busy,
  hasRun,
  announce,
  figures,
  onRun,
}: {
  canRun: boolean;
  busy: boolean;
  hasRun: boolean;
  /** Say the result aloud: only after a run or a rule change made on this page. */
  announce: boolean;
  figures: MatchingFiguresDto | null;
  onRun: () => void;
}) {
  const { t } = useTranslation();
  const styles = useRunBarStyles();
  return (
    <div className={styles.bar}>
      <Button
        appearance={hasRun ? 'secondary' : 'primary'}
        icon={hasRun ? <ArrowClockwiseRegular /> : <PlayRegular />}
        disabled={!canRun || busy}
        onClick={onRun}
      >
        {hasRun ? t('matching.runAgain') : t('matching.run')}
      </Button>
      <div className={styles.status} role="status" aria-live="polite">
        {busy && <Spinner size="tiny" aria-hidden />}
        {busy ? (
          <Text>{t('matching.running')}</Text>
        ) : (
          announce &&
          figures && (
            <Text>{t('matching.announce', { paired: figures.paired, mentees: figures.mentees })}</Text>
          )
        )}
      </div>
    </div>
  );
}
