/** Contoso Banque's shape: departments, job titles by level, offices and working patterns. */

/** 0 CEO · 1 executive board · 2 director · 3 head · 4 manager · 5 staff. */
export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export interface Department {
  key: string;
  name: string;
  /** Share of the workforce. */
  weight: number;
  /** The executive board member who leads it, by job title. */
  boardTitle: string;
  titles: Record<2 | 3 | 4, string[]> & { 5: string[] };
}

export const EXECUTIVE_BOARD = 'Comité exécutif';

// biome-ignore format: a data table reads better packed
export const DEPARTMENTS: Department[] = [
  { key: 'retail', name: 'Banque de détail', weight: 26, boardTitle: 'Directeur général adjoint, Banque de détail',
    titles: { 2: ['Directeur régional', 'Directrice du réseau d’agences'], 3: ['Responsable de secteur', 'Head of Private Banking'],
      4: ["Directeur d'agence", 'Responsable clientèle professionnelle'],
      5: ['Conseiller clientèle', 'Conseillère patrimoniale', 'Chargé d’accueil', 'Conseiller professionnels', 'Analyste crédit'] } },
  { key: 'risk', name: 'Risques', weight: 9, boardTitle: 'Chief Risk Officer',
    titles: { 2: ['Directeur des risques de crédit', 'Director, Market Risk'], 3: ['Head of Model Risk', 'Responsable risques opérationnels'],
      4: ['Manager risques de marché', 'Lead Risk Analyst'],
      5: ['Analyste risques', 'Quantitative Analyst', 'Risk Analyst', 'Chargée de validation des modèles'] } },
  { key: 'compliance', name: 'Conformité', weight: 6, boardTitle: 'Directrice de la conformité',
    titles: { 2: ['Director, Financial Crime'], 3: ['Responsable LCB-FT', 'Head of Regulatory Compliance'],
      4: ['Manager conformité', 'KYC Team Lead'],
      5: ['Chargé de conformité', 'KYC Analyst', 'Analyste sanctions', 'Compliance Officer'] } },
  { key: 'it', name: 'IT', weight: 15, boardTitle: 'Chief Information Officer',
    titles: { 2: ['Directeur des infrastructures', 'Director, Digital Channels'], 3: ['Head of Cloud Platform', 'Responsable cybersécurité'],
      4: ['Engineering Manager', 'Responsable d’équipe développement'],
      5: ['Développeur full stack', 'Ingénieure DevOps', 'Software Engineer', 'Analyste SOC', 'Product Owner', 'Architecte cloud'] } },
  { key: 'data', name: 'Data & IA', weight: 7, boardTitle: 'Chief Data & AI Officer',
    titles: { 2: ['Director, Data Platform'], 3: ['Head of Machine Learning', 'Responsable gouvernance des données'],
      4: ['Lead Data Scientist', 'Data Engineering Manager'],
      5: ['Data Scientist', 'Data Engineer', 'Ingénieure machine learning', 'Analyste data', 'Prompt Engineer', 'Data Analyst'] } },
  { key: 'marketing', name: 'Marketing', weight: 6, boardTitle: 'Directrice marketing et communication',
    titles: { 2: ['Directeur de la marque'], 3: ['Head of Digital Marketing', 'Responsable communication interne'],
      4: ['Manager CRM', 'Content Lead'],
      5: ['Chargée de marketing digital', 'Community Manager', 'Chef de produit', 'Brand Executive'] } },
  { key: 'hr', name: 'RH', weight: 5, boardTitle: 'Directrice des ressources humaines',
    titles: { 2: ['Directeur du développement RH'], 3: ['Responsable formation et développement', 'Head of Talent'],
      4: ['Responsable RH de proximité', 'Learning & Development Manager'],
      5: ['Chargée de recrutement', 'Gestionnaire paie', 'HR Business Partner', 'Chargé de formation'] } },
  { key: 'finance', name: 'Finance', weight: 8, boardTitle: 'Directeur financier (CFO)',
    titles: { 2: ['Director, Group Reporting', 'Directrice du contrôle de gestion'], 3: ['Head of Treasury', 'Responsable comptabilité'],
      4: ['Manager contrôle de gestion', 'Finance Team Lead'],
      5: ['Contrôleur de gestion', 'Comptable', 'Financial Analyst', 'Trésorier'] } },
  { key: 'operations', name: 'Opérations', weight: 17, boardTitle: 'Chief Operating Officer',
    titles: { 2: ['Directeur des opérations bancaires', 'Director, Payments'], 3: ['Responsable back-office', 'Head of Client Services'],
      4: ['Manager opérations', 'Team Leader, Payments'],
      5: ['Gestionnaire back-office', 'Opérateur paiements', 'Operations Analyst', 'Chargée de relation client'] } },
];

export interface Office {
  key: 'paris' | 'paris-opera' | 'london' | 'new-york' | 'singapore';
  officeLocation: string;
  city: string;
  country: string;
  usageLocation: string;
  /** Windows time-zone name, as Exchange stores it in mailbox settings. */
  windowsTimeZone: string;
  phonePrefix: string;
  weight: number;
}

export const OFFICES: Office[] = [
  {
    key: 'paris',
    officeLocation: 'Paris – La Défense',
    city: 'Paris',
    country: 'France',
    usageLocation: 'FR',
    windowsTimeZone: 'Romance Standard Time',
    phonePrefix: '+33 1 4',
    weight: 62,
  },
  {
    key: 'paris-opera',
    officeLocation: 'Paris – Opéra',
    city: 'Paris',
    country: 'France',
    usageLocation: 'FR',
    windowsTimeZone: 'Romance Standard Time',
    phonePrefix: '+33 1 5',
    weight: 18,
  },
  {
    key: 'london',
    officeLocation: 'London – Canary Wharf',
    city: 'London',
    country: 'United Kingdom',
    usageLocation: 'GB',
    windowsTimeZone: 'GMT Standard Time',
    phonePrefix: '+44 20 7',
    weight: 10,
  },
  {
    key: 'new-york',
    officeLocation: 'New York – Hudson Yards',
    city: 'New York',
    country: 'United States',
    usageLocation: 'US',
    windowsTimeZone: 'Eastern Standard Time',
    phonePrefix: '+1 212 5',
    weight: 5,
  },
  {
    key: 'singapore',
    officeLocation: 'Singapore – Marina Bay',
    city: 'Singapore',
    country: 'Singapore',
    usageLocation: 'SG',
    windowsTimeZone: 'Singapore Standard Time',
    phonePrefix: '+65 6',
    weight: 5,
  },
];

export interface WorkingPattern {
  days: string[];
  start: string;
  end: string;
  weight: number;
}

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Most keep office hours; some start early or late; some work part time (often not on Wednesdays). */
export const WORKING_PATTERNS: WorkingPattern[] = [
  { days: WEEK, start: '09:00', end: '18:00', weight: 40 },
  { days: WEEK, start: '08:30', end: '17:30', weight: 20 },
  { days: WEEK, start: '08:00', end: '17:00', weight: 10 },
  { days: WEEK, start: '07:30', end: '16:00', weight: 8 },
  { days: WEEK, start: '10:00', end: '19:00', weight: 7 },
  { days: ['monday', 'tuesday', 'thursday', 'friday'], start: '09:00', end: '17:30', weight: 8 },
  { days: ['monday', 'tuesday', 'wednesday', 'thursday'], start: '08:30', end: '17:00', weight: 4 },
  { days: WEEK, start: '09:00', end: '13:00', weight: 3 },
];

export const LOCALES = {
  'fr-FR': { displayName: 'French (France)', dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
  'en-GB': { displayName: 'English (United Kingdom)', dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' },
} as const;

export type Locale = keyof typeof LOCALES;
