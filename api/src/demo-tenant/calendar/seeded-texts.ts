/** Words of the seeded calendars: French for the Paris offices, English elsewhere. */

export const seededMeetingKinds = [
  'client',
  'project',
  'training',
  'committee',
  'siteVisit',
  'personal',
] as const;
export type SeededKind = (typeof seededMeetingKinds)[number] | 'team' | 'oneOnOne' | 'focus';

interface MeetingSpec {
  subjects: string[];
  locations: string[];
  durations: number[];
}

interface Texts {
  online: string;
  leave: string;
  dayOff: string;
  oneOnOne: string;
  focus: string;
  teamMeeting(department: string): string;
  meetings: Record<(typeof seededMeetingKinds)[number], MeetingSpec>;
}

export const texts: Record<'fr' | 'en', Texts> = {
  fr: {
    online: 'Réunion Microsoft Teams',
    leave: 'Congés',
    dayOff: 'RTT',
    oneOnOne: 'Point 1:1 avec mon manager',
    focus: 'Temps de concentration',
    teamMeeting: (department) => `Réunion d’équipe – ${department}`,
    meetings: {
      client: {
        subjects: [
          'Rendez-vous client – revue de portefeuille',
          'Comité de crédit client',
          'Déjeuner client',
          'Point relation client',
        ],
        locations: ['Salle Seine', 'Salle Montmartre', 'Réunion Microsoft Teams', 'Agence Opéra'],
        durations: [60, 90],
      },
      project: {
        subjects: [
          'Atelier projet Open Banking',
          'Revue de sprint',
          'Comité de pilotage migration cloud',
          'Point d’avancement',
        ],
        locations: ['Salle Défense 12', 'Réunion Microsoft Teams', 'Espace projet 3B'],
        durations: [30, 60, 90],
      },
      training: {
        subjects: ['Formation conformité LCB-FT', 'Formation cybersécurité', 'Atelier Copilot'],
        locations: ['Campus Contoso', 'Réunion Microsoft Teams'],
        durations: [60, 120],
      },
      committee: {
        subjects: ['Comité des risques', 'Comité ALM', 'Revue budgétaire'],
        locations: ['Salle du Conseil', 'Réunion Microsoft Teams'],
        durations: [60, 90],
      },
      siteVisit: {
        subjects: ['Visite agence', 'Déplacement client'],
        locations: ['Agence Lyon Part-Dieu', 'Agence Lille Centre'],
        durations: [120, 180],
      },
      personal: {
        subjects: ['Rendez-vous médical', 'Rendez-vous personnel'],
        locations: [''],
        durations: [60],
      },
    },
  },
  en: {
    online: 'Microsoft Teams Meeting',
    leave: 'Annual leave',
    dayOff: 'Day off',
    oneOnOne: '1:1 with my manager',
    focus: 'Focus time',
    teamMeeting: (department) => `Team meeting – ${department}`,
    meetings: {
      client: {
        subjects: [
          'Client portfolio review',
          'Client credit committee',
          'Client lunch',
          'Relationship check-in',
        ],
        locations: ['Room Thames', 'Room Hudson', 'Microsoft Teams Meeting', 'Client office'],
        durations: [60, 90],
      },
      project: {
        subjects: [
          'Open Banking workshop',
          'Sprint review',
          'Cloud migration steering committee',
          'Status update',
        ],
        locations: ['Room 12.04', 'Microsoft Teams Meeting', 'Project space 3B'],
        durations: [30, 60, 90],
      },
      training: {
        subjects: ['AML compliance training', 'Cybersecurity awareness', 'Copilot workshop'],
        locations: ['Learning centre', 'Microsoft Teams Meeting'],
        durations: [60, 120],
      },
      committee: {
        subjects: ['Risk committee', 'ALM committee', 'Budget review'],
        locations: ['Board room', 'Microsoft Teams Meeting'],
        durations: [60, 90],
      },
      siteVisit: {
        subjects: ['Branch visit', 'Client site visit'],
        locations: ['Client premises', 'Regional branch'],
        durations: [120, 180],
      },
      personal: {
        subjects: ["Doctor's appointment", 'Personal appointment'],
        locations: [''],
        durations: [60],
      },
    },
  },
};
