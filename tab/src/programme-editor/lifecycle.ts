import type { ProgrammeStatusDto } from '../../../api/src/contract';

export const LIFECYCLE: readonly ProgrammeStatusDto[] = [
  'draft',
  'recruiting',
  'matching',
  'running',
  'closing',
  'closed',
];

/** Moves back down the lifecycle are shown as secondary actions. */
export function isStepBack(from: ProgrammeStatusDto, to: ProgrammeStatusDto): boolean {
  return LIFECYCLE.indexOf(to) < LIFECYCLE.indexOf(from);
}
