import type { SlotReasonCode } from './types';

export const DEFAULT_THEME_IDS = [
  'tool-demo',
  'hands-on-workshop',
  'case-study',
  'sector-trends',
  'active-listening',
  'goals-review',
] as const;
export type DefaultThemeId = (typeof DEFAULT_THEME_IDS)[number];

export interface ThemeText {
  label: string;
  objective: string;
  agenda: readonly string[];
}

/** A person's side of a slot, in their own time zone. */
export interface LocalSlot {
  name: string;
  date: string;
  from: string;
  to: string;
  timeZone: string;
}

/** Texts of the session series and of the slot finder; both catalogues implement every key. */
export interface SchedulingMessages {
  separator: string;
  list(items: readonly string[]): string;
  /** `1 h`, `45 min`. */
  duration(minutes: number): string;
  theme: Readonly<Record<DefaultThemeId, ThemeText>>;

  slotFound(p: { times: string; score: number }): string;
  localSlot(p: LocalSlot): string;
  reason(p: { code: SlotReasonCode; name: string; days: number }): string;

  noCommonWorkingHours(p: { common: string; duration: string }): string;
  calendarsFull(p: { common: string; longestFree: string; duration: string }): string;
  windowInPast(p: { windowEnd: string }): string;
}

/** `1 h 30`, `2 h`, `45 min`: the same in French and English. */
export function formatMinutes(total: number): string {
  const minutes = Math.round(total);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
