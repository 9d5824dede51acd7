import { describe, expect, it } from 'vitest';
import { explainSlot } from './explain';
import { findSlot } from './find-slot';
import { aPerson, days, LONG_AGO } from './testing/builders';

const WEEK = days('2026-01-12', '2026-01-16');
const NAMES = [
  { name: 'Élodie', timeZone: 'Europe/Paris' },
  { name: 'Tom', timeZone: 'America/New_York' },
];

describe('explanations', () => {
  const found = findSlot({
    window: WEEK,
    durationMinutes: 60,
    now: LONG_AGO,
    people: [aPerson().prefers(['friday']).build(), aPerson('America/New_York').build()],
  });

  it('gives the slot in each person’s own time, with what counted', () => {
    expect(explainSlot(found, NAMES, 'fr')).toBe(
      "Créneau proposé : vendredi 16 janvier 2026 de 15:00 à 16:00 pour Élodie (Europe/Paris) et vendredi 16 janvier 2026 de 09:00 à 10:00 pour Tom (America/New_York) (note 100/100) ; jour préféré d'Élodie",
    );
  });

  it('says why there is no slot, in English', () => {
    const none = findSlot({
      window: WEEK,
      durationMinutes: 60,
      now: LONG_AGO,
      people: [aPerson().build(), aPerson('Australia/Sydney').build()],
    });
    expect(explainSlot(none, NAMES, 'en')).toBe(
      'No 1 h slot within the working hours both members of the pair share in this period (0 min in common in all).',
    );
  });

  it('names the last day of a window already over', () => {
    const past = findSlot({
      window: WEEK,
      durationMinutes: 60,
      now: new Date('2026-02-01T00:00:00Z'),
      people: [aPerson().build()],
    });
    expect(explainSlot(past, NAMES, 'fr')).toContain('vendredi 16 janvier 2026');
  });
});
