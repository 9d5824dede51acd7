import { describe, expect, it } from 'vitest';
import { generateDirectory, MIN_PEOPLE } from './generate';
import type { SeedUser } from './types';

const depthOf = (users: SeedUser[]) => {
  const byId = new Map(users.map((u) => [u.id, u]));
  return (user: SeedUser) => {
    let depth = 0;
    for (let current = user; current.managerId; current = byId.get(current.managerId)!) depth++;
    return depth;
  };
};

describe('generateDirectory', () => {
  const users = generateDirectory({ seed: 11, people: 520 });

  it('is the same for the same seed and size, and different for another seed', () => {
    expect(generateDirectory({ seed: 11, people: 520 })).toEqual(users);
    expect(generateDirectory({ seed: 12, people: 520 })[0]!.id).not.toBe(users[0]!.id);
  });

  it('has one chief executive and chains five levels deep', () => {
    const depth = depthOf(users);
    expect(users.filter((u) => u.managerId === null)).toHaveLength(1);
    expect(Math.max(...users.map(depth))).toBe(5);
    expect(users.filter((u) => u.level === 5).every((u) => depth(u) === 5)).toBe(true);
  });

  it('gives unique ids and user principal names', () => {
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.userPrincipalName)).size).toBe(users.length);
  });

  it('spreads people over ten departments and four cities, mostly Paris', () => {
    expect(new Set(users.map((u) => u.department)).size).toBe(10);
    expect(new Set(users.map((u) => u.city))).toEqual(new Set(['Paris', 'London', 'New York', 'Singapore']));
    expect(users.filter((u) => u.city === 'Paris').length / users.length).toBeGreaterThan(0.6);
  });

  it('hires seniors decades ago and staff more recently', () => {
    const meanYear = (level: number) => {
      const group = users.filter((u) => u.level === level);
      return group.reduce((sum, u) => sum + u.employeeHireDate.getUTCFullYear(), 0) / group.length;
    };
    expect(meanYear(2)).toBeLessThan(meanYear(5) - 8);
  });

  it('casts each persona once, believable for the part', () => {
    const persona = (slot: string) => users.find((u) => u.persona === slot)!;
    expect(persona('admin')).toMatchObject({ department: 'RH', appRoles: ['Programme.Admin'] });
    expect(persona('sponsor')).toMatchObject({ level: 1, appRoles: ['Programme.Sponsor'] });
    expect(persona('mentor')).toMatchObject({
      department: 'Data & IA',
      preferredLanguage: 'fr-FR',
      level: 5,
    });
    expect(persona('mentee').employeeHireDate.getUTCFullYear()).toBeLessThanOrEqual(2000);
    expect(persona('mentor-en').preferredLanguage).toBe('en-GB');
    expect(persona('mentee-en').preferredLanguage).toBe('en-GB');
  });

  it('scales to 20,000 people and refuses a directory too small for the hierarchy', () => {
    const large = generateDirectory({ seed: 3, people: 20_000 });
    expect(large).toHaveLength(20_000);
    expect(Math.max(...large.map(depthOf(large)))).toBe(5);
    expect(() => generateDirectory({ seed: 3, people: MIN_PEOPLE - 1 })).toThrow(RangeError);
  });
});
