import { Button } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { reasonsOf } from './explanation';
import { usePairWhyStyles } from './PairWhy.styles';

/** Why a pair fits, in the UI language: its first reason, unfolding to all of them. */
export function PairWhy({ explanation, label }: { explanation: { fr: string; en: string }; label: string }) {
  const { t } = useTranslation();
  const styles = usePairWhyStyles();
  const localised = useLocalised();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const reasons = reasonsOf(localised(explanation));
  if (reasons.length === 0) return null;
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`${t('matching.proposals.why')}: ${label}`}
        onClick={() => setOpen(!open)}
      >
        {t('matching.proposals.why')}
      </Button>
      {open ? (
        <ul id={listId} className={styles.reasons}>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.preview}>{reasons[0]}</p>
      )}
    </div>
  );
}
