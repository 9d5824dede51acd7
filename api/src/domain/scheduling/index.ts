export { SCHEDULING_MESSAGES } from './catalogues';
export { type ExplainedPerson, explainSlot } from './explain';
export { BLOCKING_STATUSES, findSlot } from './find-slot';
export { DEFAULT_THEME_IDS, type DefaultThemeId, type SchedulingMessages } from './messages';
export { type PlacedSession, type PlaceSeriesInput, placeSeries, planAndPlace } from './plan-and-place';
export { CADENCE_TOLERANCE_DAYS, cadenceOffset, type PlanSessionsInput, planSessions } from './plan-sessions';
export { EDGE_TIMES, SLOT_PENALTIES } from './slot-score';
export { defaultSessionThemes, REVIEW_THEME_ID, themesForSeries } from './themes';
export * from './types';
