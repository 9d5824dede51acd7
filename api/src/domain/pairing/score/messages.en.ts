import { formatHours, type PairingMessages } from './messages';

const LANGUAGES: Record<string, string> = {
  fr: 'French',
  en: 'English',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  zh: 'Chinese',
  ja: 'Japanese',
  ar: 'Arabic',
};

const ADMIN = {
  'same-office': ['same office', 'different offices'],
  'different-office': ['different offices', 'same office'],
  'same-site': ['same site', 'different sites'],
  'different-site': ['different sites', 'same site'],
} as const;

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const partner = (role: 'mentee' | 'mentor') => (role === 'mentee' ? 'mentor' : 'mentee');

export const EN: PairingMessages = {
  separator: '; ',
  list: (items) => items.join(', '),
  language: (code) => LANGUAGES[code] ?? code.toUpperCase(),
  hours: formatHours,
  years: (years) => {
    const whole = Math.floor(years);
    return whole < 1 ? 'less than a year ago' : `${whole} ${plural(whole, 'year', 'years')} ago`;
  },

  skillsCovered: ({ mentor, mentee, covered, wanted, skills }) =>
    wanted === 1
      ? `${mentor} covers ${possessive(mentee)} learning goal (${skills})`
      : `${mentor} covers ${covered} of ${possessive(mentee)} ${wanted} learning goals (${skills})`,
  skillsNone: ({ mentor, mentee, wanted }) =>
    wanted === 1
      ? `${mentor} does not cover ${possessive(mentee)} learning goal`
      : `${mentor} covers none of ${possessive(mentee)} ${wanted} learning goals`,
  skillsNoGoals: ({ mentee }) => `${mentee} has not listed any learning goal`,
  crossDepartment: ({ menteeDepartment, mentorDepartment }) =>
    `different departments (${mentorDepartment} / ${menteeDepartment})`,
  sameDepartment: ({ department }) => `same department (${department})`,
  departmentUnknown: () => 'department not known',
  workingHours: ({ hours }) => `${hours} common working hours a week`,
  availability: ({ hours }) => `${hours} a week in both people's preferred times`,
  availabilityNone: () => 'no preferred time in common',
  reverseTenure: ({ mentor, mentee, mentorYears, menteeYears }) =>
    `${mentor} joined ${mentorYears}, ${mentee} ${menteeYears}`,
  reverseLevel: ({ mentor, mentee, mentorLevel, menteeLevel }) =>
    `${mentor} is at level ${mentorLevel} of the organisation, ${mentee} at level ${menteeLevel}`,
  reverseUnknown: () => 'seniority not known',
  reverseDirection: (direction) =>
    direction === 1
      ? ' (reverse mentoring)'
      : direction === -1
        ? ' (not reverse: the mentor is the more senior)'
        : ' (similar seniority)',
  admin: ({ criterion, holds }) => ADMIN[criterion][holds ? 0 : 1],
  locked: () => 'locked by the programme admin',
  lockOverrides: ({ reasons }) => `kept despite: ${reasons}`,

  forbidden: ({ reasons }) => `Pair not possible: ${reasons}`,
  samePerson: () => 'the same person cannot be both mentor and mentee',
  lockedElsewhere: ({ mentee }) => `${mentee} is locked with another mentor`,
  neverTogether: () => 'admin: never together',
  noCommonLanguage: ({ mentee, mentor, menteeLanguages, mentorLanguages }) =>
    `no common language (${mentee}: ${menteeLanguages}; ${mentor}: ${mentorLanguages})`,
  reportingLine: ({ boss, report, depth }) =>
    depth === 1
      ? `same reporting line: ${boss} is ${possessive(report)} manager`
      : depth === 2
        ? `same reporting line: ${boss} is ${possessive(report)} manager's manager`
        : `same reporting line: ${boss} is ${depth} levels above ${report}`,
  tooFewHours: ({ hours, minimum }) => `only ${hours} of common working hours a week (minimum ${minimum})`,

  noCandidates: ({ name, role }) => `No ${partner(role)} has applied yet, so ${name} cannot be paired`,
  noEligible: ({ name, role, candidates, counts }) =>
    `No eligible ${partner(role)} for ${name} among ${candidates}: ${counts}`,
  countOf: ({ kind, count, role }) => {
    const who = `${count} ${plural(count, partner(role), `${partner(role)}s`)}`;
    switch (kind) {
      case 'no-common-language':
        return `${who} share no language`;
      case 'reporting-line':
        return `${who} in the same reporting line`;
      case 'too-few-common-hours':
        return `${who} with too few common working hours`;
      case 'never-together':
        return `${who} kept apart by the admin`;
      case 'locked-elsewhere':
        return `${who} locked with someone else`;
      case 'same-person':
        return `${who} being the same person`;
    }
  },
  capacityExhausted: ({ name, eligible }) =>
    eligible === 1
      ? `${possessive(name)} only eligible mentor is full with better-suited pairs (capacity exhausted)`
      : `${possessive(name)} ${eligible} eligible mentors are all full with better-suited pairs (capacity exhausted)`,
  othersPreferred: ({ name, eligible }) =>
    eligible === 1
      ? `${possessive(name)} only eligible mentee is better paired with another mentor`
      : `${possessive(name)} ${eligible} eligible mentees are all better paired with other mentors`,
};
