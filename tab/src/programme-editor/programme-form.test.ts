import { describe, expect, it } from 'vitest';
import { programmeInput } from '../../../api/src/contract';
import { emptyProgrammeForm, newRowKey, programmeInputOf, slugify } from './programme-form';

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
