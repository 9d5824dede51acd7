/** Defaults suited to a bank's digital transformation; every programme can edit its own copy. */
export interface SkillDefinition {
  id: string;
  label: { fr: string; en: string };
}

export const DEFAULT_SKILLS: SkillDefinition[] = [
  { id: 'generative-ai', label: { fr: 'IA générative', en: 'Generative AI' } },
  {
    id: 'm365-collaboration',
    label: { fr: 'Collaboration Microsoft 365', en: 'Microsoft 365 collaboration' },
  },
  {
    id: 'social-media',
    label: { fr: 'Réseaux sociaux et marque personnelle', en: 'Social media and personal branding' },
  },
  { id: 'cyber-hygiene', label: { fr: 'Hygiène en cybersécurité', en: 'Cybersecurity hygiene' } },
  { id: 'data-literacy', label: { fr: 'Culture de la donnée', en: 'Data literacy' } },
  { id: 'agile', label: { fr: 'Méthodes de travail agiles', en: 'Agile ways of working' } },
  { id: 'digital-journeys', label: { fr: 'Parcours clients digitaux', en: 'Digital customer journeys' } },
  { id: 'fintech', label: { fr: 'Tendances fintech', en: 'Fintech trends' } },
];

export const DEFAULT_CHARTER = {
  fr: [
    'Confidentialité : ce qui se dit en séance reste entre les deux membres du binôme.',
    "Respect : chacun apprend de l'autre, sans hiérarchie ni jugement.",
    'Volontariat : la participation est libre et chacun peut mettre fin au binôme en le signalant au responsable du programme.',
    'Engagement : vous préparez chaque séance et donnez votre avis après chacune.',
  ].join('\n'),
  en: [
    'Confidentiality: what is said in a session stays within the pair.',
    'Respect: each learns from the other, without hierarchy or judgement.',
    'Volunteering: taking part is free and either person may end the pair by telling the programme admin.',
    'Commitment: you prepare each session and give feedback after each one.',
  ].join('\n'),
};
