import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from './db';
import { directorySync, participant, person, programme } from './schema';

const MENTOR_DEPARTMENTS = ['Data & IA', 'IT', 'Marketing'];
const MENTOR_SKILLS = [
  'generative-ai',
  'm365-collaboration',
  'social-media',
  'data-literacy',
  'cyber-hygiene',
];
const MENTEE_SKILLS = ['generative-ai', 'm365-collaboration', 'digital-journeys', 'fintech', 'agile'];
const GOALS = {
  mentor: {
    fr: 'Comprendre comment la direction prend ses décisions et partager ce que je sais de l’IA.',
    en: 'Understand how leadership takes decisions, and share what I know about AI.',
  },
  mentee: {
    fr: 'Utiliser Copilot et Teams au quotidien, et mieux comprendre les usages numériques de nos clients.',
    en: 'Use Copilot and Teams every day, and understand how our customers live digitally.',
  },
};

export class DirectoryNotReadyError extends Error {
  constructor() {
    super('the demo directory has not been mirrored yet: waiting for the first directory sync');
  }
}

/** Demo seeds need the people mirrored from the directory: until the first sync, they wait (and retry). */
export async function requireDirectoryMirrored(db: Database, tenantId: string): Promise<void> {
  const [state] = await db
    .select({ at: directorySync.lastFullSyncAt })
    .from(directorySync)
    .where(eq(directorySync.tenantId, tenantId));
  if (!state?.at) throw new DirectoryNotReadyError();
}

/**
 * Volunteers for the demo's recruiting programme, so the admin console has applications to
 * review on first start: recent hires of digital teams as mentors, senior leaders as mentees.
 * Runs once the directory sync has mirrored the people, and never again after.
 */
export async function seedDemoVolunteers(db: Database, tenantId: string, now: Date): Promise<number> {
  await requireDirectoryMirrored(db, tenantId);
  const [open] = await db
    .select()
    .from(programme)
    .where(and(eq(programme.tenantId, tenantId), eq(programme.status, 'recruiting')))
    .orderBy(asc(programme.createdAt))
    .limit(1);
  if (!open) return 0;
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(participant)
    .where(eq(participant.programmeId, open.id));
  if ((existing?.n ?? 0) > 0) return 0;

  const people = await db
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.accountEnabled, true), isNull(person.removedAt)))
    .orderBy(asc(person.aadId));
  const personas = new Set([...open.adminAadIds, ...open.sponsorAadIds]);
  const hiredAfter = (p: (typeof people)[number], year: number) =>
    !!p.hireDate && p.hireDate >= `${year}-01-01`;
  const inParis = (p: (typeof people)[number]) => p.officeLocation?.startsWith('Paris') ?? false;
  const mentors = people
    .filter(
      (p) => !personas.has(p.aadId) && MENTOR_DEPARTMENTS.includes(p.department ?? '') && hiredAfter(p, 2019),
    )
    .filter(inParis)
    .slice(0, 9);
  const mentees = people
    .filter((p) => !personas.has(p.aadId) && p.managerChain.length >= 1 && p.managerChain.length <= 3)
    .filter((p) => !MENTOR_DEPARTMENTS.includes(p.department ?? '') && inParis(p))
    .slice(0, 8);

  const rows = [
    ...mentors.map((p) => ({ p, role: 'mentor' as const })),
    ...mentees.map((p) => ({ p, role: 'mentee' as const })),
  ];
  const statuses = ['applied', 'approved', 'applied', 'approved', 'waitlisted', 'applied'] as const;
  await db.insert(participant).values(
    rows.map(({ p, role }, index) => {
      const french = (p.preferredLanguage ?? 'fr').startsWith('fr');
      const skills = role === 'mentor' ? MENTOR_SKILLS : MENTEE_SKILLS;
      return {
        tenantId,
        programmeId: open.id,
        aadId: p.aadId,
        role,
        status: statuses[index % statuses.length]!,
        skills: [0, 1, 2].map((k) => ({
          skillId: skills[(index + k) % skills.length]!,
          level: role === 'mentor' ? 4 + ((index + k) % 2) : 1 + ((index + k) % 2),
        })),
        goals: GOALS[role][french ? 'fr' : 'en'],
        availability: {
          days: index % 2 === 0 ? ['tuesday', 'thursday'] : ['monday', 'wednesday', 'friday'],
          dayparts: index % 3 === 0 ? ['morning', 'afternoon'] : ['morning'],
        },
        languages: french ? ['fr', 'en'] : ['en'],
        capacity: role === 'mentor' ? 1 + (index % 2) : 1,
        charterAcceptedAt: now,
        dataUseAcceptedAt: now,
        source: index % 3 === 0 ? ('tab' as const) : ('bot' as const),
        createdAt: new Date(now.getTime() - (rows.length - index) * 3_600_000),
        updatedAt: now,
      };
    }),
  );
  return rows.length;
}
