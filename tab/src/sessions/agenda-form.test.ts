import { describe, expect, it } from 'vitest';
import { sessionAgendaInput } from '../../../api/src/contract/session';
import { fieldErrorsFromIssues } from '../forms/field-errors';
import { AGENDA_FIELD_MESSAGES, agendaFormOf, agendaInputOf, linesOf } from './agenda-form';

const session = {
  objective: { fr: 'Un rapport avec Copilot', en: 'A report with Copilot' },
  agenda: { fr: ['Démo', 'Exercice'], en: ['Demo', 'Exercise'] },
};

describe('agenda form', () => {
  it('shows one agenda item per line and reads them back, blank lines dropped', () => {
    const form = agendaFormOf(session);
    expect(form.agendaFr).toBe('Démo\nExercice');
    expect(agendaInputOf({ ...form, agendaEn: '  Demo \n\n Exercise\r\nWrap-up  ' })).toEqual({
      objective: session.objective,
      agenda: { fr: ['Démo', 'Exercice'], en: ['Demo', 'Exercise', 'Wrap-up'] },
    });
    expect(linesOf('\n \n')).toEqual([]);
  });

  it('is checked by the contract, with the catalogue’s words on the fields', () => {
    const input = agendaInputOf({ objectiveFr: '', objectiveEn: 'Goal', agendaFr: '', agendaEn: 'Demo' });
    const checked = sessionAgendaInput.safeParse(input);
    expect(checked.success).toBe(false);
    const errors = fieldErrorsFromIssues(checked.error?.issues ?? [], (key) => key, AGENDA_FIELD_MESSAGES);
    expect(errors).toEqual({
      objective: 'validation.session.objective',
      'agenda.fr': 'validation.session.agenda',
    });
  });
});
