import type { z } from 'zod';
import type { kpiKind, ProgrammeDto } from '../../../api/src/contract';
import type { ProgrammeInputBody } from '../api/programme-api';
import type { FieldMessages } from '../forms/field-errors';

export type KpiKind = z.infer<typeof kpiKind>;
export type Cadence = ProgrammeDto['cadence'];

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
}

let rows = 0;
export const newRowKey = () => `row-${++rows}`;

export function emptyProgrammeForm(creator: PersonChoice): ProgrammeForm {
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
  };
}

/** `Données & IA générative` → `donnees-ia-generative`: ids readable in exports and logs. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/** Keeps saved ids (applications refer to them); new rows get a slug of their English label. */
function withIds<T extends { id: string | null; en: string; fr: string }>(items: T[], fallback: string) {
  const taken = new Set(items.map((item) => item.id).filter((id): id is string => id !== null));
  return items.map((item, index) => {
    if (item.id) return { ...item, id: item.id };
    const base = slugify(item.en) || slugify(item.fr) || `${fallback}-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * The request body. On creation, an untouched skills list or charter is left out so the service
 * fills in its defaults; afterwards they are always sent as shown.
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
};
