export const PROGRAMME_STATUSES = [
  'draft',
  'recruiting',
  'matching',
  'running',
  'closing',
  'closed',
] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
