import type { z } from 'zod';
import type { kpiKind, ProgrammeDto } from '../../../api/src/contract';
import type { ProgrammeInputBody } from '../api/programme-api';
import type { FieldMessages } from '../forms/field-errors';
import { newRowKey, withIds } from './rows';
import { type ThemeRow, themeRowsOf, themesInputOf } from './session-themes-form';

export { newRowKey, slugify } from './rows';

export type KpiKind = z.infer<typeof kpiKind>;
export type Cadence = ProgrammeDto['cadence'];
export type Organizer = ProgrammeDto['organizer'];

export const KPI_KINDS: readonly KpiKind[] = [
  'skill_progression',
  'sessions_held_per_pair',
  'average_rating',
  'nps',
  'objective_attainment',
  'retention',
  'feedback_response_rate',
];
export const CADENCES: readonly Cadence[] = ['weekly', 'biweekly', 'monthly'];
export const ORGANIZERS: readonly Organizer[] = ['mentor', 'mentee', 'shared'];
/** The service's default zone, for a new programme when the creator's own is unknown. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

export interface PersonChoice {
  aadId: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
}

/** A row of the objectives editor; `id` is null until first saved, then stays as it is. */
export interface ObjectiveRow {
  key: string;
  id: string | null;
  fr: string;
  en: string;
  kpi: KpiKind;
  target: string;
}

export interface SkillRow {
  key: string;
  id: string | null;
  fr: string;
  en: string;
}

export interface ProgrammeForm {
  name: string;
  description: string;
  cadence: Cadence;
  sessionMinutes: string;
  sessionCount: string;
  startsOn: string;
  endsOn: string;
  mentorCapacity: string;
  departments: string[];
  offices: string[];
  employeeTypes: string[];
  objectives: ObjectiveRow[];
  skills: SkillRow[];
  charterFr: string;
  charterEn: string;
  sponsors: PersonChoice[];
  admins: PersonChoice[];
  timeZone: string;
  organizer: Organizer;
  /** The shared mailbox that organises every session, when `organizer` is `shared`. */
  organizerMailbox: PersonChoice | null;
  themes: ThemeRow[];
}

export function emptyProgrammeForm(creator: PersonChoice, timeZone = DEFAULT_TIME_ZONE): ProgrammeForm {
  return {
    name: '',
    description: '',
    cadence: 'monthly',
    sessionMinutes: '60',
    sessionCount: '6',
    startsOn: '',
    endsOn: '',
    mentorCapacity: '1',
    departments: [],
    offices: [],
    employeeTypes: [],
    objectives: [],
    skills: [],
    charterFr: '',
    charterEn: '',
    sponsors: [],
    admins: [creator],
    timeZone,
    organizer: 'mentor',
    organizerMailbox: null,
    themes: [],
  };
}

export function programmeFormOf(programme: ProgrammeDto): ProgrammeForm {
  return {
    name: programme.name,
    description: programme.description,
    cadence: programme.cadence,
    sessionMinutes: String(programme.sessionMinutes),
    sessionCount: String(programme.sessionCount),
    startsOn: programme.startsOn ?? '',
    endsOn: programme.endsOn ?? '',
    mentorCapacity: String(programme.mentorCapacity),
    departments: programme.eligibility.departments,
    offices: programme.eligibility.offices,
    employeeTypes: programme.eligibility.employeeTypes,
    objectives: programme.objectives.map((o) => ({
      key: newRowKey(),
      id: o.id,
      fr: o.label.fr,
      en: o.label.en,
      kpi: o.kpi,
      target: String(o.target),
    })),
    skills: programme.skills.map((s) => ({ key: newRowKey(), id: s.id, fr: s.label.fr, en: s.label.en })),
    charterFr: programme.charter?.fr ?? '',
    charterEn: programme.charter?.en ?? '',
    sponsors: programme.sponsors,
    admins: programme.admins,
    timeZone: programme.timeZone,
    organizer: programme.organizer,
    organizerMailbox: programme.organizerMailbox,
    themes: themeRowsOf(programme.sessionThemes),
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The request body. On creation, an untouched skills list, charter or list of session themes is
 * left out so the service fills in its defaults; afterwards they are always sent as shown.
 */
export function programmeInputOf(
  form: ProgrammeForm,
  { creating }: { creating: boolean },
): ProgrammeInputBody {
  const charterEmpty = form.charterFr.trim() === '' && form.charterEn.trim() === '';
  return {
    name: form.name,
    description: form.description,
    cadence: form.cadence,
    sessionMinutes: numberOf(form.sessionMinutes),
    sessionCount: numberOf(form.sessionCount),
    startsOn: form.startsOn || null,
    endsOn: form.endsOn || null,
    mentorCapacity: numberOf(form.mentorCapacity),
    eligibility: { departments: form.departments, offices: form.offices, employeeTypes: form.employeeTypes },
    objectives: withIds(form.objectives, 'objective').map((o) => ({
      id: o.id,
      label: { fr: o.fr, en: o.en },
      kpi: o.kpi,
      target: numberOf(o.target),
    })),
    ...(creating && form.skills.length === 0
      ? {}
      : { skills: withIds(form.skills, 'skill').map((s) => ({ id: s.id, label: { fr: s.fr, en: s.en } })) }),
    ...(creating && charterEmpty
      ? {}
      : { charter: charterEmpty ? null : { fr: form.charterFr, en: form.charterEn } }),
    sponsorAadIds: form.sponsors.map((p) => p.aadId),
    adminAadIds: form.admins.map((p) => p.aadId),
    timeZone: form.timeZone,
    organizer: form.organizer,
    organizerAadId: form.organizer === 'shared' ? (form.organizerMailbox?.aadId ?? null) : null,
    ...(creating && form.themes.length === 0 ? {} : { sessionThemes: themesInputOf(form.themes) }),
  };
}

/** Catalogue wording for the programme fields the contract checks. */
export const PROGRAMME_FIELD_MESSAGES: FieldMessages = {
  name: 'validation.programme.name',
  sessionMinutes: 'validation.programme.sessionMinutes',
  sessionCount: 'validation.programme.sessionCount',
  mentorCapacity: 'validation.programme.mentorCapacity',
  startsOn: 'validation.programme.date',
  endsOn: 'validation.programme.endsOn',
  'objectives.*.label': 'validation.programme.objectiveLabel',
  'objectives.*.target': 'validation.programme.target',
  'objectives.*.id': 'validation.programme.objectiveId',
  objectives: 'validation.programme.objectiveIds',
  'skills.*.label': 'validation.programme.skillLabel',
  'skills.*.id': 'validation.programme.skillId',
  skills: 'validation.programme.skillIds',
  timeZone: 'validation.programme.timeZone',
  organizerAadId: 'validation.programme.organizerMailbox',
  'sessionThemes.*.label': 'validation.programme.themeLabel',
  'sessionThemes.*.objective': 'validation.programme.themeObjective',
  'sessionThemes.*.agenda.fr': 'validation.programme.themeAgenda',
  'sessionThemes.*.agenda.en': 'validation.programme.themeAgenda',
  'sessionThemes.*.agenda.fr.*': 'validation.programme.themeAgendaLine',
  'sessionThemes.*.agenda.en.*': 'validation.programme.themeAgendaLine',
  'sessionThemes.*.id': 'validation.programme.themeId',
  sessionThemes: 'validation.programme.themes',
};
