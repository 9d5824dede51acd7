import { describe, expect, it } from 'vitest';
import { programmeInput } from '../../../api/src/contract';
import { emptyProgrammeForm, newRowKey, programmeInputOf, slugify } from './programme-form';
import { newThemeRow, themeRowsOf } from './session-themes-form';

const creator = { aadId: 'aad-1', displayName: 'Camille Admin', jobTitle: null, department: null };

describe('programmeInputOf', () => {
  it('leaves out untouched skills and charter on creation, so the service uses its defaults', () => {
    const body = programmeInputOf(
      { ...emptyProgrammeForm(creator), name: 'Digital leaders' },
      { creating: true },
    );
    expect(body).not.toHaveProperty('skills');
    expect(body).not.toHaveProperty('charter');
    expect(body.adminAadIds).toEqual(['aad-1']);
    expect(programmeInput.safeParse(body).success).toBe(true);
  });

  it('sends an emptied charter as null once the programme exists', () => {
    const body = programmeInputOf(
      { ...emptyProgrammeForm(creator), name: 'Digital leaders' },
      { creating: false },
    );
    expect(body.charter).toBeNull();
    expect(body.skills).toEqual([]);
  });

  it('keeps saved ids and derives new ones from the English label, unique', () => {
    const form = {
      ...emptyProgrammeForm(creator),
      name: 'Digital leaders',
      skills: [
        { key: newRowKey(), id: 'generative-ai', fr: 'IA générative', en: 'Generative AI' },
        { key: newRowKey(), id: null, fr: 'IA', en: 'Generative AI' },
        { key: newRowKey(), id: null, fr: 'Données & café', en: '' },
      ],
    };
    const ids = programmeInputOf(form, { creating: false }).skills?.map((s) => s.id);
    expect(ids).toEqual(['generative-ai', 'generative-ai-2', 'donnees-cafe']);
  });
});

describe('slugify', () => {
  it('keeps lowercase letters, digits and single dashes', () => {
    expect(slugify('  Éthique & IA — 2027 ')).toBe('ethique-ia-2027');
    expect(slugify('***')).toBe('');
  });
});

describe('session settings in the programme input', () => {
  const theme = {
    id: 'tool-demo',
    label: { fr: 'Démo d’outil', en: 'Tool demo' },
    objective: { fr: 'Découvrir un outil', en: 'Discover a tool' },
    agenda: { fr: ['Démo', 'Essai'], en: ['Demo', 'Try it'] },
  };

  it('leaves the themes out on creation so the default curriculum comes back, and sends the zone', () => {
    const body = programmeInputOf(
      { ...emptyProgrammeForm(creator, 'America/New_York'), name: 'Digital leaders' },
      { creating: true },
    );
    expect(body).not.toHaveProperty('sessionThemes');
    expect(body).toMatchObject({ timeZone: 'America/New_York', organizer: 'mentor', organizerAadId: null });
  });

  it('sends the shared mailbox only when a shared mailbox organises the sessions', () => {
    const mailbox = { aadId: 'aad-box', displayName: 'Programme mailbox', jobTitle: null, department: null };
    const form = { ...emptyProgrammeForm(creator), name: 'Digital leaders', organizerMailbox: mailbox };
    expect(programmeInputOf({ ...form, organizer: 'shared' }, { creating: false }).organizerAadId).toBe(
      'aad-box',
    );
    expect(programmeInputOf({ ...form, organizer: 'mentee' }, { creating: false }).organizerAadId).toBeNull();
    const missing = programmeInput.safeParse(
      programmeInputOf({ ...form, organizer: 'shared', organizerMailbox: null }, { creating: true }),
    );
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['organizerAadId']);
  });

  it('sends the themes in the order shown, agenda lines trimmed, new ones with an id of their own', () => {
    const form = {
      ...emptyProgrammeForm(creator),
      name: 'Digital leaders',
      themes: [
        {
          ...newThemeRow(),
          fr: 'Tendances',
          en: 'Sector trends',
          objectiveFr: 'Lire',
          objectiveEn: 'Read',
          agendaFr: ' Panorama \n\nDébat',
          agendaEn: 'Overview\nDebate',
        },
        ...themeRowsOf([theme]),
      ],
    };
    const body = programmeInputOf(form, { creating: false });
    expect(body.sessionThemes?.map((t) => t.id)).toEqual(['sector-trends', 'tool-demo']);
    expect(body.sessionThemes?.[0]?.agenda).toEqual({
      fr: ['Panorama', 'Débat'],
      en: ['Overview', 'Debate'],
    });
    expect(body.sessionThemes?.[1]).toEqual(theme);
    expect(programmeInput.safeParse(body).success).toBe(true);
  });
});
