import { Badge, Button, Checkbox, mergeClasses, Text } from '@fluentui/react-components';
import {
  ArrowSwapRegular,
  LockClosedRegular,
  LockOpenRegular,
  ProhibitedRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PairingDto } from './matching-api';
import { PairNames } from './PairNames';
import { PairWhy } from './PairWhy';
import { useProposalListStyles } from './ProposalList.styles';

export interface ProposalActions {
  onSelect: (pairing: PairingDto, selected: boolean) => void;
  onLock: (pairing: PairingDto) => void;
  onUnlock: (pairing: PairingDto) => void;
  onNever: (pairing: PairingDto) => void;
  onSwap: (pairing: PairingDto) => void;
}

/** One proposed pair: who, how well they fit and why, and what the admin can do about it. */
export function ProposalItem({
  pairing,
  selected,
  changed,
  busy,
  actions,
}: {
  pairing: PairingDto;
  selected: boolean;
  changed: boolean;
  busy: boolean;
  actions: ProposalActions;
}) {
  const { t, i18n } = useTranslation();
  const styles = useProposalListStyles();
  const names = { mentee: pairing.mentee.displayName, mentor: pairing.mentor.displayName };
  const score = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 1 }).format(
    pairing.score,
  );
  return (
    <li className={mergeClasses(styles.item, changed && styles.changed)}>
      <Checkbox
        checked={selected}
        disabled={busy}
        aria-label={t('matching.proposals.select', names)}
        onChange={(_, data) => actions.onSelect(pairing, data.checked === true)}
      />
      <div className={styles.body}>
        <div className={styles.heading}>
          <PairNames {...names} />
          {pairing.locked && (
            <Badge appearance="tint" color="brand" icon={<LockClosedRegular />}>
              {t('matching.proposals.locked')}
            </Badge>
          )}
          {changed && (
            <Badge appearance="filled" color="informative">
              {t('matching.proposals.changed')}
            </Badge>
          )}
        </div>
        <PairWhy explanation={pairing.explanation} label={t('matching.pair', names)} />
        <div className={styles.actions}>
          {pairing.locked ? (
            <Button
              size="small"
              icon={<LockOpenRegular />}
              disabled={busy}
              aria-label={t('matching.proposals.unlockFor', names)}
              onClick={() => actions.onUnlock(pairing)}
            >
              {t('matching.proposals.unlock')}
            </Button>
          ) : (
            <Button
              size="small"
              icon={<LockClosedRegular />}
              disabled={busy}
              aria-label={t('matching.proposals.lockFor', names)}
              onClick={() => actions.onLock(pairing)}
            >
              {t('matching.proposals.lock')}
            </Button>
          )}
          <Button
            size="small"
            icon={<ProhibitedRegular />}
            disabled={busy}
            aria-label={t('matching.proposals.neverFor', names)}
            onClick={() => actions.onNever(pairing)}
          >
            {t('matching.proposals.never')}
          </Button>
          <Button
            size="small"
            icon={<ArrowSwapRegular />}
            disabled={busy}
            aria-label={t('matching.proposals.swapFor', names)}
            onClick={() => actions.onSwap(pairing)}
          >
            {t('matching.proposals.swap')}
          </Button>
        </div>
      </div>
      <div className={styles.score}>
        <Text weight="semibold">{t('matching.proposals.score', { score })}</Text>
      </div>
    </li>
  );
}
