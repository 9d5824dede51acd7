import type { ProgrammeDto } from '../../../api/src/contract';
import { linesOf } from '../sessions/agenda-form';
import { newRowKey, withIds } from './rows';

type SessionThemeDto = ProgrammeDto['sessionThemes'][number];

/** A session theme in the editor: its label (`fr`/`en`), objective, and agenda as one item per line. */
export interface ThemeRow {
  key: string;
  /** Null until first saved; sessions already planned keep the id they were given. */
  id: string | null;
  fr: string;
  en: string;
  objectiveFr: string;
  objectiveEn: string;
  agendaFr: string;
  agendaEn: string;
}

export function themeRowsOf(themes: readonly SessionThemeDto[]): ThemeRow[] {
  return themes.map((theme) => ({
    key: newRowKey(),
    id: theme.id,
    fr: theme.label.fr,
    en: theme.label.en,
    objectiveFr: theme.objective.fr,
    objectiveEn: theme.objective.en,
    agendaFr: theme.agenda.fr.join('\n'),
    agendaEn: theme.agenda.en.join('\n'),
  }));
}

export function newThemeRow(): ThemeRow {
  return {
    key: newRowKey(),
    id: null,
    fr: '',
    en: '',
    objectiveFr: '',
    objectiveEn: '',
    agendaFr: '',
    agendaEn: '',
  };
}

/** The themes as the service takes them, in the order shown: session 1 gets the first theme. */
export function themesInputOf(rows: ThemeRow[]): SessionThemeDto[] {
  return withIds(rows, 'theme').map((row) => ({
    id: row.id,
    label: { fr: row.fr, en: row.en },
    objective: { fr: row.objectiveFr, en: row.objectiveEn },
    agenda: { fr: linesOf(row.agendaFr), en: linesOf(row.agendaEn) },
  }));
}
