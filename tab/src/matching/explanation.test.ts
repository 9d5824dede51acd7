import { describe, expect, it } from 'vitest';
import { reasonsOf } from './explanation';

describe('reasonsOf', () => {
  it('splits an English explanation into capitalised reasons', () => {
    expect(
      reasonsOf('Sylvie covers 1 of 2 goals (Generative AI); different departments (Marketing / Risques)'),
    ).toEqual(['Sylvie covers 1 of 2 goals (Generative AI)', 'Different departments (Marketing / Risques)']);
  });

  it('splits on the French separator, with its space before the semicolon', () => {
    expect(reasonsOf('services différents (Marketing / Risques) ; 45 h de travail en commun')).toEqual([
      'Services différents (Marketing / Risques)',
      '45 h de travail en commun',
    ]);
  });

  it('keeps a single reason and drops empty ones', () => {
    expect(reasonsOf('Locked by the admin')).toEqual(['Locked by the admin']);
    expect(reasonsOf('')).toEqual([]);
  });
});
