import type { z } from 'zod';
import type { MatchingDto, myPairingDto, PairingDto, pairingRuleInput } from '../../../api/src/contract';
import type { ApiClient } from '../api/api-client';

export type { MatchingDto, PairingDto };
export type PairingRuleDto = z.infer<typeof pairingRuleInput>;
export type MyPairingDto = z.infer<typeof myPairingDto>;
export type UnmatchedDto = MatchingDto['unmatched'][number];
export type MatchingFiguresDto = NonNullable<MatchingDto['figures']>;

export interface ApprovalDto {
  approved: number;
  /** Introduction cards the bot delivered (two per pair when both people talked to it). */
  introductions: number;
}

const programmePath = (id: string) => `/api/v1/programmes/${encodeURIComponent(id)}`;
const matchingPath = (id: string) => `${programmePath(id)}/matching`;

export const matchingApi = {
  view: (client: ApiClient, id: string) => client.get<MatchingDto>(matchingPath(id)),
  run: (client: ApiClient, id: string) => client.post<MatchingDto>(`${matchingPath(id)}/run`, undefined),
  addRule: (client: ApiClient, id: string, rule: PairingRuleDto) =>
    client.post<MatchingDto>(`${matchingPath(id)}/rules`, rule),
  removeRule: (client: ApiClient, id: string, rule: PairingRuleDto) =>
    client.delete<MatchingDto>(`${matchingPath(id)}/rules`, rule),
  approve: (client: ApiClient, id: string, pairingIds: 'all' | string[]) =>
    client.post<ApprovalDto>(`${matchingPath(id)}/approve`, { pairingIds }),
  end: (client: ApiClient, id: string, pairingId: string, reason: string) =>
    client.post<{ id: string; status: 'ended' }>(
      `${programmePath(id)}/pairings/${encodeURIComponent(pairingId)}/end`,
      { reason },
    ),
  mine: (client: ApiClient) => client.get<{ items: MyPairingDto[] }>('/api/v1/me/pairings'),
};
