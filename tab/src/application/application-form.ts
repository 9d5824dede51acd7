import type { z } from 'zod';
import type { ApplicationDto, applicationInput, daypart, weekday } from '../../../api/src/contract';
import type { FieldMessages } from '../forms/field-errors';

export type Weekday = z.infer<typeof weekday>;
export type Daypart = z.infer<typeof daypart>;
export type Language = 'fr' | 'en';
export type ParticipantRole = 'mentor' | 'mentee';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
export const DAYPARTS: readonly Daypart[] = ['morning', 'afternoon'];
export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LEVELS = [1, 2, 3, 4, 5] as const;

/** The sign-up form; a chosen skill without a level yet has level 0, which the contract refuses. */
export interface ApplicationForm {
  role: ParticipantRole | null;
  skills: { skillId: string; level: number }[];
  goals: string;
  days: Weekday[];
  dayparts: Daypart[];
  languages: Language[];
  capacity: number;
  charterAccepted: boolean;
  dataUseAccepted: boolean;
}

export function emptyApplicationForm(preferredLanguage: string | null): ApplicationForm {
  const language = preferredLanguage?.toLowerCase().slice(0, 2);
  return {
    role: null,
    skills: [],
    goals: '',
    days: [],
    dayparts: [],
    languages: language === 'fr' || language === 'en' ? [language] : [],
    capacity: 1,
    charterAccepted: false,
    dataUseAccepted: false,
  };
}

/** Editing starts from the saved answers; the charter and data use are accepted again on purpose. */
export function applicationFormOf(application: ApplicationDto): ApplicationForm {
  return {
    role: application.role,
    skills: application.skills,
    goals: application.goals,
    days: application.availability.days,
    dayparts: application.availability.dayparts,
    languages: application.languages,
    capacity: application.capacity,
    charterAccepted: false,
    dataUseAccepted: false,
  };
}

/** The body as the contract reads it; `safeParse` then reports what is missing, field by field. */
export function applicationInputOf(form: ApplicationForm): z.input<typeof applicationInput> {
  return {
    role: form.role as ParticipantRole,
    skills: form.skills,
    goals: form.goals,
    availability: { days: form.days, dayparts: form.dayparts },
    languages: form.languages,
    capacity: form.role === 'mentor' ? form.capacity : 1,
    charterAccepted: form.charterAccepted as true,
    dataUseAccepted: form.dataUseAccepted as true,
  };
}

/** Adds or removes one value of a multiple choice, keeping the order of `all`. */
export function toggled<T>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] {
  return all.filter((item) => (item === value ? on : chosen.includes(item)));
}

export const APPLICATION_FIELD_MESSAGES: FieldMessages = {
  role: 'validation.application.role',
  skills: 'validation.application.skills',
  'skills.*.level': 'validation.application.level',
  'availability.days': 'validation.application.days',
  'availability.dayparts': 'validation.application.dayparts',
  languages: 'validation.application.languages',
  capacity: 'validation.application.capacity',
  charterAccepted: 'validation.application.charter',
  dataUseAccepted: 'validation.application.dataUse',
};
