/** Test-data builders: a valid programme and application, changed only where a test cares. */
export function aProgramme(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Leaders numériques — test',
    description: 'Reverse mentoring on AI and Microsoft 365.',
    cadence: 'monthly',
    sessionMinutes: 60,
    sessionCount: 6,
    startsOn: '2027-01-04',
    endsOn: '2027-07-30',
    mentorCapacity: 2,
    objectives: [
      {
        id: 'confidence',
        label: { fr: 'Confiance numérique +2', en: 'Digital confidence +2' },
        kpi: 'skill_progression',
        target: 80,
      },
    ],
    ...overrides,
  };
}

export function anApplication(overrides: Record<string, unknown> = {}) {
  return {
    role: 'mentee',
    skills: [
      { skillId: 'generative-ai', level: 1 },
      { skillId: 'm365-collaboration', level: 2 },
    ],
    goals: 'Use Copilot for my weekly reporting.',
    availability: { days: ['tuesday', 'thursday'], dayparts: ['morning'] },
    languages: ['fr'],
    capacity: 1,
    charterAccepted: true,
    dataUseAccepted: true,
    ...overrides,
  };
}
