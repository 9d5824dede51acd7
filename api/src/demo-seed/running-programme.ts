import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Caller } from '../app/caller';
import { approvePairings, type MatchingDeps, runMatching } from '../app/matching';
import type { DemoPersona } from '../demo-tenant/contract';
import type { Locale } from '../domain/pairing/score';
import { DEFAULT_CHARTER, DEFAULT_SKILLS } from '../domain/programme-defaults';
import type { Database } from '../store/db';
import { requireDirectoryMirrored } from '../store/demo-volunteers';
import { pairingRule, participant, person, programme } from '../store/schema';

export const DEMO_RUNNING_PROGRAMME = 'Pilote Banque Privée';

type PersonRow = typeof person.$inferSelect;

/**
 * The demo's running programme, created with the others at first start: monthly sessions from
 * the Monday of the week after next, so its pairs have a whole series to book.
 */
export function demoRunningProgramme(options: { tenantId: string; personas: DemoPersona[]; now: Date }) {
  const admins = options.personas.filter((p) => p.persona === 'admin').map((p) => p.id);
  const sponsors = options.personas.filter((p) => p.persona === 'sponsor').map((p) => p.id);
  // The Monday of the week after next: the first session's window (± 7 days) lies ahead.
  const start = DateTime.fromJSDate(options.now, { zone: 'Europe/Paris' }).startOf('week').plus({ weeks: 2 });
  return {
    tenantId: options.tenantId,
    adminAadIds: admins,
    sponsorAadIds: sponsors,
    skills: DEFAULT_SKILLS,
    charter: DEFAULT_CHARTER,
    createdBy: admins[0] ?? null,
    name: DEMO_RUNNING_PROGRAMME,
    description:
      'Les chargés de clientèle digitaux accompagnent les banquiers privés seniors : IA générative, outils collaboratifs, usages des clients.',
    status: 'matching' as const,
    cadence: 'monthly' as const,
    sessionMinutes: 60,
    sessionCount: 5,
    startsOn: start.toISODate()!,
    endsOn: start.plus({ months: 5 }).minus({ days: 1 }).toISODate()!,
    mentorCapacity: 1,
    timeZone: 'Europe/Paris',
    objectives: [
      {
        id: 'sessions',
        label: { fr: 'Au moins 4 séances par binôme', en: 'At least 4 sessions per pair' },
        kpi: 'sessions_held_per_pair' as const,
        target: 4,
      },
      {
        id: 'rating',
        label: { fr: 'Note moyenne des séances ≥ 4/5', en: 'Average session rating ≥ 4/5' },
        kpi: 'average_rating' as const,
        target: 4,
      },
    ],
    eligibility: { departments: [], offices: [], employeeTypes: [] },
  };
}

const MENTOR_SKILLS = ['generative-ai', 'm365-collaboration', 'social-media', 'data-literacy'];
const MENTEE_SKILLS = ['generative-ai', 'm365-collaboration', 'digital-journeys', 'fintech'];

/**
 * Fills the running programme once the directory is mirrored: the demo's mentor and mentee
 * personas (locked together, so the newcomer signing in as either finds their pair) and a few
 * more volunteers, matched by the real solver and approved, then the programme moves to running.
 * Its sessions are left for the admin to book ("Book all sessions"). Runs once.
 */
export async function seedDemoRunningProgramme(p: {
  db: Database;
  matching: MatchingDeps;
  tenantId: string;
  personas: DemoPersona[];
  now: Date;
}): Promise<number> {
  const { db, tenantId } = p;
  await requireDirectoryMirrored(db, tenantId);
  const [target] = await db
    .select()
    .from(programme)
    .where(
      and(
        eq(programme.tenantId, tenantId),
        eq(programme.name, DEMO_RUNNING_PROGRAMME),
        eq(programme.status, 'matching'),
      ),
    )
    .limit(1);
  if (!target) return 0;
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(participant)
    .where(eq(participant.programmeId, target.id));
  if ((existing?.n ?? 0) > 0) return 0;

  const people = await db
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.accountEnabled, true), isNull(person.removedAt)))
    .orderBy(asc(person.aadId));
  const byId = new Map(people.map((row) => [row.aadId, row]));
  const personaMentors = p.personas.filter((x) => x.persona === 'mentor').map((x) => byId.get(x.id));
  const personaMentees = p.personas.filter((x) => x.persona === 'mentee').map((x) => byId.get(x.id));
  const taken = new Set(p.personas.map((x) => x.id));
  // Others from the Paris offices, far from the recruiting programme's volunteers (taken from the start of the list).
  const paris = people
    .filter((row) => row.officeLocation?.startsWith('Paris') && !taken.has(row.aadId))
    .reverse();
  const mentors = paris
    .filter((row) => !!row.hireDate && row.hireDate >= '2019-01-01' && row.managerChain.length >= 3)
    .slice(0, 6);
  const mentees = paris
    .filter((row) => row.managerChain.length >= 1 && row.managerChain.length <= 3)
    .filter((row) => !mentors.includes(row))
    .slice(0, 6);
  const chosen = [
    ...[...personaMentors, ...mentors]
      .filter((row): row is PersonRow => !!row)
      .map((row) => ({ row, role: 'mentor' as const })),
    ...[...personaMentees, ...mentees]
      .filter((row): row is PersonRow => !!row)
      .map((row) => ({ row, role: 'mentee' as const })),
  ];
  await db.insert(participant).values(
    chosen.map(({ row, role }, index) => {
      const french = (row.preferredLanguage ?? 'fr').startsWith('fr');
      const skills = role === 'mentor' ? MENTOR_SKILLS : MENTEE_SKILLS;
      return {
        tenantId,
        programmeId: target.id,
        aadId: row.aadId,
        role,
        status: 'approved' as const,
        skills: [0, 1, 2].map((k) => ({
          skillId: skills[(index + k) % skills.length]!,
          level: role === 'mentor' ? 4 + ((index + k) % 2) : 1 + ((index + k) % 2),
        })),
        goals:
          role === 'mentor'
            ? 'Partager mes usages de l’IA et comprendre les métiers de la banque privée.'
            : 'Adopter Copilot et Teams au quotidien avec mes clients.',
        availability: { days: [], dayparts: [] },
        languages: french ? ['fr', 'en'] : ['en', 'fr'],
        capacity: 1,
        charterAcceptedAt: p.now,
        dataUseAcceptedAt: p.now,
        source: 'tab' as const,
        reviewedAt: p.now,
        reviewedBy: target.createdBy,
      };
    }),
  );
  const locks = personaMentors
    .map((mentor, i) => [mentor, personaMentees[i]] as const)
    .filter((pair): pair is readonly [PersonRow, PersonRow] => !!pair[0] && !!pair[1]);
  if (locks.length > 0) {
    await db.insert(pairingRule).values(
      locks.map(([mentor, mentee]) => ({
        tenantId,
        programmeId: target.id,
        kind: 'lock' as const,
        menteeAadId: mentee.aadId,
        mentorAadId: mentor.aadId,
        createdBy: target.createdBy ?? mentor.aadId,
      })),
    );
  }
  const admin: Caller = {
    tenantId,
    aadId: target.createdBy ?? target.adminAadIds[0] ?? '',
    tenantRoles: ['admin'],
  };
  const view = await runMatching(p.matching, admin, target.id);
  if (view.proposals.length === 0) return 0;
  await approvePairings(p.matching, admin, target.id, 'all', async (aadId) => {
    const row = byId.get(aadId);
    const locale: Locale = row?.preferredLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    return {
      name: row?.displayName ?? aadId,
      jobTitle: row?.jobTitle ?? null,
      department: row?.department ?? null,
      locale,
    };
  });
  await p.matching.programmes.setStatus(tenantId, target.id, 'matching', 'running');
  return view.proposals.length;
}
