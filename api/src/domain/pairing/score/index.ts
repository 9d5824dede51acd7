export { ADMIN_CRITERIA } from './admin-criteria';
export {
  explain,
  explainCriterion,
  explainForbiddenReason,
  explainUnmatched,
  PAIRING_MESSAGES,
  type SkillLabel,
  skillLabelsFrom,
} from './explain';
export { MIN_TEACHING_LEVEL, REVERSE_LEVEL_SPAN, REVERSE_TENURE_SPAN_YEARS } from './formulas';
export { buildInstance, type PairingInstance, scorePair } from './instance';
export type { Names, PairingMessages } from './messages';
export * from './types';
export { whyUnmatched } from './unmatched';
export { referenceWeekOf, weeklyOverlapHours } from './week-slots';
export {
  DEFAULT_PAIRING_WEIGHTS,
  hoursProblems,
  MAX_WEIGHT,
  MIN_WEIGHT,
  pairingSettings,
  type WeightProblem,
  weightProblems,
} from './weights';
