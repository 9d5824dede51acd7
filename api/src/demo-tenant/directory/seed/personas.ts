import { LOCALES, OFFICES } from './org';
import type { Random } from './prng';
import type { PersonaSlot, SeedUser } from './types';

const ANCHOR_YEAR = 2025;

interface PersonaRule {
  slot: PersonaSlot;
  appRoles: string[];
  /** Who fits the part as generated. */
  fits(user: SeedUser): boolean;
  /** Makes the best near-fit play the part when nobody fits (small directories). */
  nearFit(user: SeedUser): boolean;
  adjust(user: SeedUser): void;
}

const year = (user: SeedUser) => user.employeeHireDate.getUTCFullYear();
const inParis = (user: SeedUser) => user.city === 'Paris';
const inLondon = (user: SeedUser) => user.city === 'London';

const speak = (user: SeedUser, locale: 'fr-FR' | 'en-GB') => {
  user.preferredLanguage = locale;
  user.mailboxSettings.language = { locale, displayName: LOCALES[locale].displayName };
};
const moveTo = (user: SeedUser, key: 'paris' | 'london') => {
  const office = OFFICES.find((o) => o.key === key)!;
  Object.assign(user, {
    officeLocation: office.officeLocation,
    city: office.city,
    country: office.country,
    usageLocation: office.usageLocation,
  });
  user.mailboxSettings.timeZone = office.windowsTimeZone;
  user.mailboxSettings.workingHours.timeZone = { name: office.windowsTimeZone };
};
const hiredIn = (user: SeedUser, y: number) => {
  user.employeeHireDate = new Date(Date.UTC(y, user.employeeHireDate.getUTCMonth(), 1));
};

/** Each rule keeps the persona believable: the mentor is young in the bank, the mentee a veteran. */
const RULES: PersonaRule[] = [
  {
    slot: 'admin',
    appRoles: ['Programme.Admin'],
    fits: (u) => u.department === 'RH' && u.level === 3 && u.origin === 'french' && inParis(u),
    nearFit: (u) => u.department === 'RH' && u.level >= 3,
    adjust(u) {
      u.jobTitle = 'Responsable formation et développement';
      speak(u, 'fr-FR');
      moveTo(u, 'paris');
    },
  },
  {
    slot: 'sponsor',
    appRoles: ['Programme.Sponsor'],
    fits: (u) => u.level === 1 && u.jobTitle.includes('Banque de détail') && u.origin === 'french',
    nearFit: (u) => u.level === 1,
    adjust: (u) => speak(u, 'fr-FR'),
  },
  {
    slot: 'mentor',
    appRoles: [],
    fits: (u) =>
      u.department === 'Data & IA' &&
      u.level === 5 &&
      u.origin === 'french' &&
      inParis(u) &&
      year(u) >= ANCHOR_YEAR - 3,
    nearFit: (u) => u.department === 'Data & IA' && u.level === 5,
    adjust(u) {
      speak(u, 'fr-FR');
      moveTo(u, 'paris');
      hiredIn(u, ANCHOR_YEAR - 2);
    },
  },
  {
    slot: 'mentee',
    appRoles: [],
    fits: (u) => u.level === 2 && u.origin === 'french' && inParis(u) && year(u) <= ANCHOR_YEAR - 25,
    nearFit: (u) => u.level === 2,
    adjust(u) {
      speak(u, 'fr-FR');
      moveTo(u, 'paris');
      hiredIn(u, ANCHOR_YEAR - 28);
    },
  },
  {
    slot: 'mentor-en',
    appRoles: [],
    fits: (u) =>
      (u.department === 'IT' || u.department === 'Data & IA') &&
      u.level === 5 &&
      u.origin === 'british' &&
      year(u) >= ANCHOR_YEAR - 4,
    nearFit: (u) => u.department === 'IT' && u.level === 5,
    adjust(u) {
      speak(u, 'en-GB');
      moveTo(u, 'london');
      hiredIn(u, ANCHOR_YEAR - 1);
    },
  },
  {
    slot: 'mentee-en',
    appRoles: [],
    fits: (u) => u.level === 2 && u.origin === 'british' && inLondon(u) && year(u) <= ANCHOR_YEAR - 20,
    nearFit: (u) => (u.level === 2 || u.level === 3) && (u.origin === 'british' || u.origin === 'american'),
    adjust(u) {
      speak(u, 'en-GB');
      moveTo(u, 'london');
      hiredIn(u, ANCHOR_YEAR - 24);
    },
  },
];

/** Marks the demo's personas in place; stable for a seed because it scans in seed order. */
export function choosePersonas(users: SeedUser[], random: Random): void {
  const taken = new Set<string>();
  for (const rule of RULES) {
    const free = users.filter((u) => !taken.has(u.id));
    const fitting = free.filter((u) => rule.fits(u) && u.accountEnabled);
    let chosen = fitting.length > 0 ? random.pick(fitting) : undefined;
    if (!chosen) {
      chosen = free.find((u) => rule.nearFit(u)) ?? free.find((u) => u.level >= 2)!;
      rule.adjust(chosen);
    }
    chosen.accountEnabled = true;
    chosen.employeeType = 'Employee';
    chosen.appRoles = rule.appRoles;
    chosen.persona = rule.slot;
    taken.add(chosen.id);
  }
}
