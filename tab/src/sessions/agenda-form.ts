import type { FieldMessages } from '../forms/field-errors';
import type { SessionAgendaInput, SessionDto } from './session-api';

/** The agenda dialog's fields: the objective in both languages, and one agenda item per line. */
export interface AgendaForm {
  objectiveFr: string;
  objectiveEn: string;
  agendaFr: string;
  agendaEn: string;
}

export function agendaFormOf(session: Pick<SessionDto, 'objective' | 'agenda'>): AgendaForm {
  return {
    objectiveFr: session.objective.fr,
    objectiveEn: session.objective.en,
    agendaFr: session.agenda.fr.join('\n'),
    agendaEn: session.agenda.en.join('\n'),
  };
}

/** One item per non-blank line, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function agendaInputOf(form: AgendaForm): SessionAgendaInput {
  return {
    objective: { fr: form.objectiveFr.trim(), en: form.objectiveEn.trim() },
    agenda: { fr: linesOf(form.agendaFr), en: linesOf(form.agendaEn) },
  };
}

/** Catalogue wording for the fields the contract checks. */
export const AGENDA_FIELD_MESSAGES: FieldMessages = {
  objective: 'validation.session.objective',
  'objective.fr': 'validation.session.objective',
  'objective.en': 'validation.session.objective',
  'agenda.fr': 'validation.session.agenda',
  'agenda.en': 'validation.session.agenda',
  'agenda.fr.*': 'validation.session.agendaLine',
  'agenda.en.*': 'validation.session.agendaLine',
};
