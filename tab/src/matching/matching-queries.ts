import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { programmeKeys } from '../api/programme-queries';
import { useSession } from '../auth/session-context';
import { type MatchingDto, matchingApi, type PairingRuleDto } from './matching-api';
import { changedProposals } from './matching-people';

export const matchingKeys = {
  view: (programmeId: string) => ['programme', programmeId, 'matching'] as const,
  mine: ['my-pairings'] as const,
};

export function useMatching(programmeId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: matchingKeys.view(programmeId),
    queryFn: () => matchingApi.view(api, programmeId),
  });
}

export function useMyPairings() {
  const { api } = useSession();
  return useQuery({ queryKey: matchingKeys.mine, queryFn: () => matchingApi.mine(api) });
}

export type RuleChange = { rule: PairingRuleDto; action: 'add' | 'remove' };

/**
 * Running the matching and changing its rules: each answers with the new result, shown in place
 * of the old one (kept on screen meanwhile), with the proposals that changed marked.
 */
export function useMatchingRuns(programmeId: string) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(0);

  const show = (next: MatchingDto) => {
    const key = matchingKeys.view(programmeId);
    setChanged(changedProposals(queryClient.getQueryData<MatchingDto>(key), next));
    queryClient.setQueryData(key, next);
    setDone((count) => count + 1);
  };
  const handlers = { onMutate: () => setError(null), onSuccess: show, onError: setError };

  const run = useMutation({ mutationFn: () => matchingApi.run(api, programmeId), ...handlers });
  const rule = useMutation({
    // In order: a swap of a locked pair first removes the old lock, then adds the new one.
    mutationFn: async (changes: RuleChange[]) => {
      let view: MatchingDto | undefined;
      for (const { rule: body, action } of changes) {
        view = await (action === 'add'
          ? matchingApi.addRule(api, programmeId, body)
          : matchingApi.removeRule(api, programmeId, body));
      }
      if (!view) throw new Error('no rule to change');
      return view;
    },
    ...handlers,
  });

  return {
    run: () => run.mutate(),
    changeRules: (...changes: RuleChange[]) => rule.mutate(changes),
    busy: run.isPending || rule.isPending,
    changed,
    error,
    /** How many results arrived since the page opened; the live region speaks on each. */
    done,
  };
}

/** After an approval or an ended pair: the view, the volunteers' statuses and the programme move. */
export function useRefreshAfterDecision(programmeId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: programmeKeys.programme(programmeId) });
    void queryClient.invalidateQueries({ queryKey: matchingKeys.mine });
  };
}
