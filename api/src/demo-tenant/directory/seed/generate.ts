import { NAME_POOLS, type NameOrigin } from './names';
import {
  DEPARTMENTS,
  type Department,
  EXECUTIVE_BOARD,
  type Level,
  LOCALES,
  type Locale,
  OFFICES,
  type Office,
  WORKING_PATTERNS,
} from './org';
import { choosePersonas } from './personas';
import { createRandom, type Random } from './prng';
import type { SeedUser } from './types';

export const DEMO_DOMAIN = 'contosobanque.onmicrosoft.com';
export const COMPANY_NAME = 'Contoso Banque';
/** The smallest directory that still has every department and all six levels. */
export const MIN_PEOPLE = 50;

/**
 * Hire dates are laid out against a fixed date, not the clock, so a seed yields the same
 * directory whenever it is generated.
 */
const ANCHOR = Date.UTC(2025, 8, 1);
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** When the bank moved to Microsoft 365: older accounts show this creation date. */
const TENANT_CREATED = Date.UTC(2016, 2, 14, 9, 30);

const ORIGINS_BY_OFFICE: Record<Office['key'], [NameOrigin[], number[]]> = {
  paris: [
    ['french', 'british', 'other'],
    [78, 4, 18],
  ],
  'paris-opera': [
    ['french', 'british', 'other'],
    [78, 4, 18],
  ],
  london: [
    ['british', 'french', 'other'],
    [65, 20, 15],
  ],
  'new-york': [
    ['american', 'french', 'british'],
    [75, 15, 10],
  ],
  singapore: [
    ['singaporean', 'french', 'british'],
    [75, 10, 15],
  ],
};

/** Years before the anchor within which each level was hired: seniors joined decades ago. */
const HIRED_YEARS_AGO: Record<Level, [number, number]> = {
  0: [22, 39],
  1: [15, 37],
  2: [12, 35],
  3: [6, 30],
  4: [3, 25],
  5: [0, 20],
};

export interface GenerateOptions {
  seed: number;
  people: number;
}

/** Builds Contoso Banque for a seed and a size: same inputs, same people, same ids. */
export function generateDirectory(options: GenerateOptions): SeedUser[] {
  if (!Number.isInteger(options.people) || options.people < MIN_PEOPLE) {
    throw new RangeError(
      `The demo directory needs at least ${MIN_PEOPLE} people (asked for ${options.people})`,
    );
  }
  const random = createRandom(options.seed);
  const factory = personFactory(random);

  const ceo = factory.make({
    level: 0,
    department: EXECUTIVE_BOARD,
    jobTitle: 'Directrice générale',
    manager: null,
  });
  const users: SeedUser[] = [ceo];
  const board = new Map<string, SeedUser>();
  for (const department of DEPARTMENTS) {
    const member = factory.make({
      level: 1,
      department: EXECUTIVE_BOARD,
      jobTitle: department.boardTitle,
      manager: ceo,
    });
    board.set(department.key, member);
    users.push(member);
  }

  const sizes = departmentSizes(options.people - users.length);
  DEPARTMENTS.forEach((department, index) => {
    users.push(...staffDepartment(factory, random, department, sizes[index]!, board.get(department.key)!));
  });

  // Graph lists users in no business order; shuffling keeps the first page a mix of the bank.
  random.shuffle(users);
  users.forEach((user, index) => {
    user.seq = index + 1;
  });
  choosePersonas(users, random);
  return users;
}

function departmentSizes(total: number): number[] {
  const weights = DEPARTMENTS.map((d) => d.weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(4, Math.floor((total * w) / sum)));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left !== 0; i = (i + 1) % sizes.length) {
    const step = left > 0 ? 1 : -1;
    if (step < 0 && sizes[i]! <= 4) continue;
    sizes[i]! += step;
    left -= step;
  }
  return sizes;
}

function staffDepartment(
  factory: PersonFactory,
  random: Random,
  department: Department,
  size: number,
  boardMember: SeedUser,
): SeedUser[] {
  const directors = Math.max(1, Math.round(size / 70));
  const heads = Math.max(directors, Math.round(size / 18));
  const managers = Math.max(heads, Math.round(size / 7));
  const staff = size - directors - heads - managers;
  const make = (level: 2 | 3 | 4 | 5, manager: SeedUser) =>
    factory.make({
      level,
      department: department.name,
      jobTitle: random.pick(department.titles[level]),
      manager,
    });

  const layer2 = Array.from({ length: directors }, () => make(2, boardMember));
  const layer3 = Array.from({ length: heads }, (_, i) => make(3, layer2[i % layer2.length]!));
  const layer4 = Array.from({ length: managers }, (_, i) => make(4, layer3[i % layer3.length]!));
  const layer5 = Array.from({ length: staff }, () => make(5, random.pick(layer4)));
  return [...layer2, ...layer3, ...layer4, ...layer5];
}

interface MakeInput {
  level: Level;
  department: string;
  jobTitle: string;
  manager: SeedUser | null;
}

type PersonFactory = ReturnType<typeof personFactory>;

function personFactory(random: Random) {
  const taken = new Set<string>();
  let employeeNumber = 10_000;

  const nickname = (given: string, family: string) => {
    const base = `${ascii(given)}.${ascii(family)}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
    taken.add(candidate);
    return candidate;
  };

  const officeFor = (input: MakeInput): Office => {
    if (input.level <= 1) return OFFICES[0]!;
    const managerOffice = OFFICES.find((o) => o.officeLocation === input.manager?.officeLocation);
    // Teams mostly sit together; directors and a few others are spread across the offices.
    if (managerOffice && input.level >= 4 && random.chance(0.85)) return managerOffice;
    return random.weighted(
      OFFICES,
      OFFICES.map((o) => o.weight),
    );
  };

  return {
    make(input: MakeInput): SeedUser {
      const office = officeFor(input);
      const [origins, weights] = ORIGINS_BY_OFFICE[office.key];
      const origin = random.weighted(origins, weights);
      const pool = NAME_POOLS[origin];
      const givenName = random.pick(pool.given);
      const surname = random.pick(pool.family);
      const mailNickname = nickname(givenName, surname);
      const locale: Locale =
        origin === 'french' || (origin === 'other' && office.usageLocation === 'FR') ? 'fr-FR' : 'en-GB';
      const hireDate = hireDateFor(random, input.level);
      const pattern = random.weighted(
        WORKING_PATTERNS,
        WORKING_PATTERNS.map((p) => p.weight),
      );
      const employeeType = employeeTypeFor(random, input.level, input.department);
      return {
        seq: 0,
        id: random.guid(),
        userPrincipalName: `${mailNickname}@${DEMO_DOMAIN}`,
        mail: `${mailNickname}@${DEMO_DOMAIN}`,
        mailNickname,
        displayName: `${givenName} ${surname}`,
        givenName,
        surname,
        jobTitle: input.jobTitle,
        department: input.department,
        companyName: COMPANY_NAME,
        officeLocation: office.officeLocation,
        city: office.city,
        country: office.country,
        usageLocation: office.usageLocation,
        businessPhones: [phone(random, office)],
        mobilePhone: random.chance(0.4) ? mobile(random, office) : null,
        preferredLanguage: locale,
        employeeType,
        employeeId: String(employeeNumber++),
        employeeHireDate: hireDate,
        createdDateTime: new Date(Math.max(hireDate.getTime() + 9 * 3600 * 1000, TENANT_CREATED)),
        accountEnabled: input.level < 4 || !random.chance(0.015),
        managerId: input.manager?.id ?? null,
        level: input.level,
        origin,
        mailboxSettings: {
          timeZone: office.windowsTimeZone,
          language: { locale, displayName: LOCALES[locale].displayName },
          dateFormat: LOCALES[locale].dateFormat,
          timeFormat: LOCALES[locale].timeFormat,
          workingHours: {
            daysOfWeek: [...pattern.days],
            startTime: `${pattern.start}:00.0000000`,
            endTime: `${pattern.end}:00.0000000`,
            timeZone: { name: office.windowsTimeZone },
          },
        },
        appRoles: [],
        persona: null,
      };
    },
  };
}

function hireDateFor(random: Random, level: Level): Date {
  const [minYears, maxYears] = HIRED_YEARS_AGO[level];
  // Squaring skews staff towards recent hires while keeping a long tail of veterans.
  const share = level === 5 ? random.next() ** 2 : random.next();
  const yearsAgo = minYears + share * (maxYears - minYears);
  const day = new Date(ANCHOR - yearsAgo * YEAR_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
}

function employeeTypeFor(random: Random, level: Level, department: string): string {
  if (level < 5) return 'Employee';
  const technical = department === 'IT' || department === 'Data & IA';
  return random.weighted(['Employee', 'Contractor', 'Intern', 'Apprentice'], [84, technical ? 12 : 5, 4, 3]);
}

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += random.int(0, 9);
  return out;
}

function phone(random: Random, office: Office): string {
  if (office.usageLocation === 'FR') {
    return `${office.phonePrefix}${digits(random, 1)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`;
  }
  const head = office.usageLocation === 'US' ? 2 : 3;
  return `${office.phonePrefix}${digits(random, head)} ${digits(random, 4)}`;
}

function mobile(random: Random, office: Office): string {
  if (office.usageLocation === 'FR')
    return `+33 6 ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`;
  if (office.usageLocation === 'GB') return `+44 7700 ${digits(random, 6)}`;
  if (office.usageLocation === 'US') return `+1 646 555 ${digits(random, 4)}`;
  return `+65 9${digits(random, 3)} ${digits(random, 4)}`;
}

/** `Léa`, `O'Brien`, `Da Silva` → `lea`, `obrien`, `dasilva` for mail nicknames. */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
}
