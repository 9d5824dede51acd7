import { SCHEDULING_MESSAGES } from './catalogues';
import { DEFAULT_THEME_IDS } from './messages';
import type { SessionTheme } from './types';

/** The theme kept for the last session of a series, when the programme has it. */
export const REVIEW_THEME_ID = 'goals-review';

/** The default curriculum for a bank, from the catalogues; a programme may edit its own copy. */
export function defaultSessionThemes(): SessionTheme[] {
  const { fr, en } = SCHEDULING_MESSAGES;
  return DEFAULT_THEME_IDS.map((id) => ({
    id,
    label: { fr: fr.theme[id].label, en: en.theme[id].label },
    objective: { fr: fr.theme[id].objective, en: en.theme[id].objective },
    agenda: { fr: [...fr.theme[id].agenda], en: [...en.theme[id].agenda] },
  }));
}

/**
 * One theme per session: the themes in the programme's order, round and round, except that a
 * series of two or more ends with the review of goals when the programme has that theme.
 */
export function themesForSeries(p: { themes: readonly SessionTheme[]; count: number }): SessionTheme[] {
  if (p.themes.length === 0) throw new RangeError('A session series needs at least one theme.');
  const review = p.themes.find((t) => t.id === REVIEW_THEME_ID);
  const others = p.themes.filter((t) => t.id !== REVIEW_THEME_ID);
  if (!review || others.length === 0 || p.count < 2) {
    return Array.from({ length: p.count }, (_, i) => p.themes[i % p.themes.length]!);
  }
  return Array.from({ length: p.count }, (_, i) => (i === p.count - 1 ? review : others[i % others.length]!));
}
