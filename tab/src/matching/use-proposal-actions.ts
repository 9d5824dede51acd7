import { useState } from 'react';
import type { PairingDto } from './matching-api';
import type { RuleChange } from './matching-queries';
import type { ProposalActions } from './ProposalItem';

type Person = { aadId: string; displayName: string };

/** The swap in progress (a mentee, their current mentor if any) and the selected proposals. */
export function useProposalActions(runs: { changeRules: (...changes: RuleChange[]) => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [swapping, setSwapping] = useState<{ mentee: Person; mentor: Person | null; locked: boolean } | null>(
    null,
  );
  const rule = (kind: 'lock' | 'never', pairing: PairingDto) => ({
    kind,
    menteeAadId: pairing.mentee.aadId,
    mentorAadId: pairing.mentor.aadId,
  });

  const actions: ProposalActions = {
    onSelect: (pairing, on) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(pairing.id);
        else next.delete(pairing.id);
        return next;
      }),
    onLock: (pairing) => runs.changeRules({ rule: rule('lock', pairing), action: 'add' }),
    onUnlock: (pairing) => runs.changeRules({ rule: rule('lock', pairing), action: 'remove' }),
    onNever: (pairing) => {
      // A locked pair cannot also be forbidden: the lock goes first.
      const unlock: RuleChange[] = pairing.locked ? [{ rule: rule('lock', pairing), action: 'remove' }] : [];
      runs.changeRules(...unlock, { rule: rule('never', pairing), action: 'add' });
    },
    onSwap: (pairing) =>
      setSwapping({ mentee: pairing.mentee, mentor: pairing.mentor, locked: pairing.locked }),
  };

  return {
    actions,
    selected,
    clearSelection: () => setSelected(new Set()),
    swapping,
    startSwap: (mentee: Person, mentor: Person | null) => setSwapping({ mentee, mentor, locked: false }),
    cancelSwap: () => setSwapping(null),
    finishSwap: (mentorAadId: string) => {
      if (!swapping) return;
      const { mentee, mentor, locked } = swapping;
      const changes: RuleChange[] =
        locked && mentor
          ? [
              {
                rule: { kind: 'lock', menteeAadId: mentee.aadId, mentorAadId: mentor.aadId },
                action: 'remove',
              },
            ]
          : [];
      changes.push({ rule: { kind: 'lock', menteeAadId: mentee.aadId, mentorAadId }, action: 'add' });
      setSwapping(null);
      runs.changeRules(...changes);
    },
  };
}
