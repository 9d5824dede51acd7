import type { AdminCriterionId, PairingCandidate } from './types';

/**
 * Optional yes/no criteria an admin may weigh. Each compares one attribute of the two people; it
 * holds only when both values are known. A new criterion is one row here and one message per
 * catalogue.
 */
export interface AdminCriterionRule {
  attribute: 'office' | 'site';
  holdsWhen: 'same' | 'different';
}

export const ADMIN_CRITERIA: Readonly<Record<AdminCriterionId, AdminCriterionRule>> = {
  'same-office': { attribute: 'office', holdsWhen: 'same' },
  'different-office': { attribute: 'office', holdsWhen: 'different' },
  'same-site': { attribute: 'site', holdsWhen: 'same' },
  'different-site': { attribute: 'site', holdsWhen: 'different' },
};

export const ATTRIBUTES = ['office', 'site'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** Case- and space-insensitive key of a directory value, so "Paris " and "paris" are the same office. */
export function normalised(value: string | null | undefined): string | null {
  const key = value?.trim().toLowerCase();
  return key ? key : null;
}

export function attributeOf(person: PairingCandidate, attribute: Attribute): string | null {
  return person[attribute];
}
