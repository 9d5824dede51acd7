import { formatHours, type PairingMessages } from './messages';

const LANGUAGES: Record<string, string> = {
  fr: 'français',
  en: 'anglais',
  de: 'allemand',
  es: 'espagnol',
  it: 'italien',
  nl: 'néerlandais',
  pt: 'portugais',
  zh: 'chinois',
  ja: 'japonais',
  ar: 'arabe',
};

const ADMIN = {
  'same-office': ['même bureau', 'bureaux différents'],
  'different-office': ['bureaux différents', 'même bureau'],
  'same-site': ['même site', 'sites différents'],
  'different-site': ['sites différents', 'même site'],
} as const;

/** « de Marc », « d'Anne », « d'Élodie ». */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöùûüh]/i.test(name) ? `d'${name}` : `de ${name}`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const partner = (role: 'mentee' | 'mentor', n: number) =>
  role === 'mentee' ? plural(n, 'mentor', 'mentors') : plural(n, 'mentoré·e', 'mentoré·es');

export const FR: PairingMessages = {
  separator: ' ; ',
  list: (items) => items.join(', '),
  language: (code) => LANGUAGES[code] ?? code.toUpperCase(),
  hours: formatHours,
  years: (years) => {
    const whole = Math.floor(years);
    return whole < 1 ? "moins d'un an" : `${whole} ${plural(whole, 'an', 'ans')}`;
  },

  skillsCovered: ({ mentor, mentee, covered, wanted, skills }) =>
    wanted === 1
      ? `${mentor} couvre l'objectif d'apprentissage ${de(mentee)} (${skills})`
      : `${mentor} couvre ${covered} des ${wanted} objectifs d'apprentissage ${de(mentee)} (${skills})`,
  skillsNone: ({ mentor, mentee, wanted }) =>
    wanted === 1
      ? `${mentor} ne couvre pas l'objectif d'apprentissage ${de(mentee)}`
      : `${mentor} ne couvre aucun des ${wanted} objectifs d'apprentissage ${de(mentee)}`,
  skillsNoGoals: ({ mentee }) => `${mentee} n'a indiqué aucun objectif d'apprentissage`,
  crossDepartment: ({ menteeDepartment, mentorDepartment }) =>
    `services différents (${mentorDepartment} / ${menteeDepartment})`,
  sameDepartment: ({ department }) => `même service (${department})`,
  departmentUnknown: () => 'service non renseigné',
  workingHours: ({ hours }) => `${hours} de travail en commun par semaine`,
  availability: ({ hours }) => `${hours} par semaine sur des créneaux préférés communs`,
  availabilityNone: () => 'aucun créneau préféré en commun',
  reverseTenure: ({ mentor, mentee, mentorYears, menteeYears }) =>
    `ancienneté : ${mentor} ${mentorYears}, ${mentee} ${menteeYears}`,
  reverseLevel: ({ mentor, mentee, mentorLevel, menteeLevel }) =>
    `${mentor} au niveau ${mentorLevel} de l'organisation, ${mentee} au niveau ${menteeLevel}`,
  reverseUnknown: () => 'ancienneté non renseignée',
  reverseDirection: (direction) =>
    direction === 1
      ? ' (mentorat inversé)'
      : direction === -1
        ? ' (pas inversé : le mentor est le plus expérimenté)'
        : ' (ancienneté comparable)',
  admin: ({ criterion, holds }) => ADMIN[criterion][holds ? 0 : 1],
  locked: () => 'binôme verrouillé par le responsable du programme',
  lockOverrides: ({ reasons }) => `maintenu malgré : ${reasons}`,

  forbidden: ({ reasons }) => `Binôme impossible : ${reasons}`,
  samePerson: () => 'une même personne ne peut pas être à la fois mentor et mentoré·e',
  lockedElsewhere: ({ mentee }) => `${mentee} est en binôme verrouillé avec un autre mentor`,
  neverTogether: () => 'responsable du programme : jamais ensemble',
  noCommonLanguage: ({ mentee, mentor, menteeLanguages, mentorLanguages }) =>
    `aucune langue commune (${mentee} : ${menteeLanguages} ; ${mentor} : ${mentorLanguages})`,
  reportingLine: ({ boss, report, depth }) =>
    depth === 1
      ? `même ligne hiérarchique : ${boss} est le manager ${de(report)}`
      : depth === 2
        ? `même ligne hiérarchique : ${boss} est le manager du manager ${de(report)}`
        : `même ligne hiérarchique : ${boss} est ${depth} niveaux au-dessus ${de(report)}`,
  tooFewHours: ({ hours, minimum }) =>
    `seulement ${hours} de travail en commun par semaine (minimum ${minimum})`,

  noCandidates: ({ name, role }) =>
    role === 'mentee'
      ? `Aucun mentor n'a encore candidaté : ${name} ne peut pas être en binôme`
      : `Aucun·e mentoré·e n'a encore candidaté : ${name} ne peut pas être en binôme`,
  noEligible: ({ name, role, candidates, counts }) =>
    `${role === 'mentee' ? 'Aucun mentor possible' : 'Aucun·e mentoré·e possible'} pour ${name} parmi ${candidates} : ${counts}`,
  countOf: ({ kind, count, role }) => {
    const who = `${count} ${partner(role, count)}`;
    switch (kind) {
      case 'no-common-language':
        return `${who} sans langue commune`;
      case 'reporting-line':
        return `${who} dans la même ligne hiérarchique`;
      case 'too-few-common-hours':
        return `${who} avec trop peu d'heures de travail en commun`;
      case 'never-together':
        return `${who} tenu·es à l'écart par le responsable du programme`;
      case 'locked-elsewhere':
        return `${who} en binôme verrouillé avec quelqu'un d'autre`;
      case 'same-person':
        return `${who} étant la même personne`;
    }
  },
  capacityExhausted: ({ name, eligible }) =>
    eligible === 1
      ? `L'unique mentor possible ${de(name)} a atteint sa capacité avec des binômes mieux assortis`
      : `Les ${eligible} mentors possibles ${de(name)} ont tous atteint leur capacité avec des binômes mieux assortis`,
  othersPreferred: ({ name, eligible }) =>
    eligible === 1
      ? `L'unique mentoré·e possible ${de(name)} est mieux assorti·e avec un autre mentor`
      : `Les ${eligible} mentoré·es possibles ${de(name)} sont mieux assorti·es avec d'autres mentors`,
};
