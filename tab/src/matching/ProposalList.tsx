import { Button } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import type { PairingDto } from './matching-api';
import { type ProposalActions, ProposalItem } from './ProposalItem';
import { useProposalListStyles } from './ProposalList.styles';

/** The proposed pairs, best first, with approval of all of them or of the ones selected. */
export function ProposalList({
  proposals,
  selected,
  changed,
  busy,
  actions,
  onApprove,
}: {
  proposals: PairingDto[];
  selected: ReadonlySet<string>;
  changed: ReadonlySet<string>;
  busy: boolean;
  actions: ProposalActions;
  onApprove: (pairingIds: 'all' | string[]) => void;
}) {
  const { t } = useTranslation();
  const styles = useProposalListStyles();
  if (proposals.length === 0) {
    return <EmptyState title={t('matching.proposals.none')}>{t('matching.proposals.noneNext')}</EmptyState>;
  }
  const chosen = proposals.filter((p) => selected.has(p.id)).map((p) => p.id);
  const ordered = [...proposals].sort((a, b) => b.score - a.score);
  return (
    <>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabled={busy}
          onClick={() => onApprove('all')}
        >
          {t('matching.approve.all')}
        </Button>
        {chosen.length > 0 && (
          <Button disabled={busy} onClick={() => onApprove(chosen)}>
            {t('matching.approve.selected', { count: chosen.length })}
          </Button>
        )}
      </div>
      <ul className={styles.list} aria-label={t('matching.proposals.label')} aria-busy={busy}>
        {ordered.map((pairing) => (
          <ProposalItem
            key={pairing.id}
            pairing={pairing}
            selected={selected.has(pairing.id)}
            changed={changed.has(pairing.id)}
            busy={busy}
            actions={actions}
          />
        ))}
      </ul>
    </>
  );
}
