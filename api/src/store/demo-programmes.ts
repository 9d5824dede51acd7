import { eq } from 'drizzle-orm';
import { demoRunningProgramme } from '../demo-seed/running-programme';
import type { DemoPersona } from '../demo-tenant/contract';
import { DEFAULT_CHARTER, DEFAULT_SKILLS } from '../domain/programme-defaults';
import type { Database } from './db';
import { programme } from './schema';

/**
 * The sample programmes a newcomer finds in demo mode: one open for sign-up, one being prepared and
 * one about to run (its pairs are formed once the directory is mirrored, its sessions left to book).
 * Runs once: a tenant that already has programmes is left as it is.
 */
export async function seedDemoProgrammes(
  db: Database,
  options: { tenantId: string; personas: DemoPersona[]; now: Date },
): Promise<void> {
  const existing = await db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.tenantId, options.tenantId))
    .limit(1);
  if (existing.length > 0) return;
  const admins = options.personas.filter((p) => p.persona === 'admin').map((p) => p.id);
  const sponsors = options.personas.filter((p) => p.persona === 'sponsor').map((p) => p.id);
  const shared = {
    tenantId: options.tenantId,
    adminAadIds: admins,
    sponsorAadIds: sponsors,
    skills: DEFAULT_SKILLS,
    charter: DEFAULT_CHARTER,
    createdBy: admins[0] ?? null,
  };
  await db.insert(programme).values([
    {
      ...shared,
      name: 'Leaders numériques 2027',
      description:
        "Des collaborateurs à l'aise avec le numérique accompagnent des dirigeants sur l'IA générative, Microsoft 365 et les nouveaux usages.",
      status: 'recruiting',
      cadence: 'monthly',
      sessionMinutes: 60,
      sessionCount: 8,
      startsOn: '2027-01-11',
      endsOn: '2027-09-30',
      mentorCapacity: 2,
      objectives: [
        {
          id: 'confidence',
          label: {
            fr: '80 % des mentoré·es gagnent 2 points de confiance numérique',
            en: '80% of mentees gain 2 points of digital confidence',
          },
          kpi: 'skill_progression',
          target: 80,
        },
        {
          id: 'sessions',
          label: { fr: 'Au moins 6 séances par binôme', en: 'At least 6 sessions per pair' },
          kpi: 'sessions_held_per_pair',
          target: 6,
        },
      ],
      eligibility: { departments: [], offices: [], employeeTypes: ['Employee'] },
    },
    {
      ...shared,
      name: 'Data & AI reverse mentoring — London pilot',
      description: 'A pilot for the London office: data literacy and AI for senior risk and finance leaders.',
      status: 'draft',
      cadence: 'biweekly',
      sessionMinutes: 45,
      sessionCount: 6,
      startsOn: '2027-03-01',
      endsOn: '2027-06-30',
      mentorCapacity: 1,
      objectives: [],
      eligibility: { departments: [], offices: ['London'], employeeTypes: ['Employee'] },
    },
    demoRunningProgramme(options),
  ]);
}
