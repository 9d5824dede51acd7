import { describe, expect, it } from 'vitest';
import type { CalendarPerson } from './directory-port';
import { seededDay, seededItemById, seededItems } from './seeded-calendar';

const person = (overrides: Partial<CalendarPerson> = {}): CalendarPerson => ({
  id: '11111111-2222-4333-8444-555555555555',
  userPrincipalName: 'claire.martin@contoso-banque.example',
  displayName: 'Claire Martin',
  mail: 'claire.martin@contoso-banque.example',
  department: 'Direction financière',
  country: 'FR',
  timeZone: 'Romance Standard Time',
  workingHours: {
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    startTime: '08:30:00.0000000',
    endTime: '17:30:00.0000000',
    timeZone: { name: 'Romance Standard Time' },
  },
  ...overrides,
});
const epoch = new Date('2026-03-02T00:00:00Z');
const range = (from: string, to: string) => ({
  seed: 7,
  person: person(),
  epoch,
  from: new Date(from),
  to: new Date(to),
});

describe('seeded calendars', () => {
  it('are a pure function of seed, person and day', () => {
    expect(seededDay(7, person(), '2026-03-10')).toEqual(seededDay(7, person(), '2026-03-10'));
    expect(seededDay(8, person(), '2026-03-10')).not.toEqual(seededDay(7, person(), '2026-03-10'));
  });

  it('keep meetings inside working hours, in the person’s zone (Paris, across the DST change)', () => {
    const items = seededItems(range('2026-03-02T00:00:00Z', '2026-04-30T00:00:00Z')).filter(
      (i) => !i.isAllDay,
    );
    expect(items.length).toBeGreaterThan(60);
    for (const item of items) {
      const local = (d: Date) => d.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour12: false });
      expect(local(item.start) >= '08:30:00').toBe(true);
      expect(local(item.end) <= '17:30:00').toBe(true);
    }
  });

  it('leave weekends free, mark public holidays and three weeks of French August away', () => {
    expect(seededDay(7, person(), '2026-03-07')).toEqual([]);
    expect(seededDay(7, person(), '2026-05-01')).toMatchObject([
      { showAs: 'oof', isAllDay: true, subject: 'Fête du Travail' },
    ]);
    const august = seededItems(range('2026-08-01T00:00:00Z', '2026-09-01T00:00:00Z'));
    const away = august.filter((i) => i.showAs === 'oof' && i.isAllDay);
    expect(away.length).toBeGreaterThanOrEqual(14);
  });

  it('give every item a stable id that finds it again, and nothing past the horizon', () => {
    const [item] = seededItems(range('2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z'));
    expect(item).toBeDefined();
    expect(seededItemById(7, person(), epoch, item!.id)).toEqual(item);
    expect(seededItemById(7, person({ id: 'someone-else' }), epoch, item!.id)).toBeUndefined();
    // 183 days from Monday 2 March 2026: the last seeded day is Monday 31 August.
    expect(seededItems(range('2026-08-31T00:00:00Z', '2026-09-01T00:00:00Z')).length).toBeGreaterThan(0);
    expect(seededItems(range('2026-09-01T00:00:00Z', '2026-12-31T00:00:00Z'))).toEqual([]);
    expect(seededItems(range('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'))).toEqual([]);
  });
});
