/**
 * The people of the dashboard seed: mentors and mentees with their directory rows (Contoso
 * Banque's departments, offices, time zones and working hours), sign-up skills, and the pairs
 * formed between them.
 */
import { NAME_POOLS, type NameOrigin } from '../../api/src/demo-tenant/directory/seed/names';
import { DEPARTMENTS, OFFICES, WORKING_PATTERNS } from '../../api/src/demo-tenant/directory/seed/org';
import type { Random } from '../../api/src/demo-tenant/directory/seed/prng';
import { DEFAULT_SKILLS } from '../../api/src/domain/programme-defaults';
import type { person } from '../../api/src/store/schema';
import type { PairRow, ParticipantRow } from './dashboard-seed-answers';

export interface PeopleContext {
  tenantId: string;
  adminAadIds: readonly string[];
  programmeId: string;
  /** The programme's first day, as a time. */
  startsAt: number;
  scale: { mentors: number; mentees: number; pairs: number };
}

type PersonRow = typeof person.$inferInsert;

const ZONES: Record<string, string> = {
  paris: 'Europe/Paris',
  'paris-opera': 'Europe/Paris',
  london: 'Europe/London',
  'new-york': 'America/New_York',
  singapore: 'Asia/Singapore',
};
const ORIGINS: Record<string, NameOrigin> = {
  paris: 'french',
  'paris-opera': 'french',
  london: 'british',
  'new-york': 'american',
  singapore: 'singaporean',
};
/** Digitally fluent mentors come more often from IT, data and marketing. */
const MENTOR_BIAS: Record<string, number> = { it: 3, data: 3, marketing: 2 };
const DAY = 86_400_000;

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();
export function peopleOf(rng: Random, o: PeopleContext) {
  const { programmeId, startsAt } = o;
  const persons: PersonRow[] = [];
  const participants: ParticipantRow[] = [];
  const { mentors, mentees } = o.scale;
  for (let i = 0; i < mentors + mentees; i++) {
    const role = i < mentors ? ('mentor' as const) : ('mentee' as const);
    const department = rng.weighted(
      DEPARTMENTS,
      DEPARTMENTS.map((d) => d.weight * (role === 'mentor' ? (MENTOR_BIAS[d.key] ?? 1) : 1)),
    );
    const office = rng.weighted(
      OFFICES,
      OFFICES.map((x) => x.weight),
    );
    const names = NAME_POOLS[rng.chance(0.85) ? ORIGINS[office.key]! : 'other'];
    const givenName = rng.pick(names.given);
    const surname = rng.pick(names.family);
    const upn = `${ascii(givenName)}.${ascii(surname)}.${i}@bench.contosobanque.example`;
    const hours = rng.weighted(
      WORKING_PATTERNS,
      WORKING_PATTERNS.map((w) => w.weight),
    );
    const aadId = rng.guid();
    const timeZone = ZONES[office.key]!;
    persons.push({
      id: rng.guid(),
      tenantId: o.tenantId,
      aadId,
      userPrincipalName: upn,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      mail: upn,
      department: department.name,
      jobTitle: rng.pick(
        role === 'mentor' ? department.titles[5] : department.titles[rng.int(2, 3) as 2 | 3],
      ),
      officeLocation: office.officeLocation,
      employeeType: 'Employee',
      preferredLanguage: office.usageLocation === 'FR' ? 'fr-FR' : 'en-GB',
      timeZone,
      workingHours: { daysOfWeek: hours.days, startTime: hours.start, endTime: hours.end, timeZone },
    });
    const skills = rng
      .shuffle([...DEFAULT_SKILLS])
      .slice(0, rng.int(2, 4))
      .map((s) => ({ skillId: s.id, level: role === 'mentor' ? rng.int(3, 5) : rng.int(1, 3) }));
    const appliedAt = new Date(startsAt - rng.int(20, 60) * DAY);
    participants.push({
      id: rng.guid(),
      tenantId: o.tenantId,
      programmeId,
      aadId,
      role,
      status: 'applied',
      skills,
      goals:
        role === 'mentee'
          ? rng.pick(MENTEE_GOALS)
          : rng.pick(['Transmettre mes usages du numérique', 'Share what I do with AI every day']),
      availability: { days: hours.days.slice(0, 3), dayparts: [rng.pick(['morning', 'afternoon'])] },
      languages: office.usageLocation === 'FR' ? (rng.chance(0.3) ? ['fr', 'en'] : ['fr']) : ['en'],
      capacity: role === 'mentor' ? 2 : 1,
      charterAcceptedAt: appliedAt,
      dataUseAcceptedAt: appliedAt,
      source: rng.chance(0.7) ? 'bot' : 'tab',
      createdAt: appliedAt,
      updatedAt: appliedAt,
    });
  }
  return { persons, participants };
}

const MENTEE_GOALS = [
  'Utiliser Copilot pour mon reporting hebdomadaire',
  'Comprendre ce que nos clients attendent de l’application mobile',
  'Animer une réunion hybride dans Teams sans stress',
  'Lire un tableau de bord data sans intermédiaire',
  'Understand generative AI well enough to set our policy',
  'Build my presence on LinkedIn',
];

/** Everyone not paired gets one of the other statuses, in believable shares. */
function review(rng: Random, p: ParticipantRow, admin: string | undefined, at: Date) {
  p.status = rng.weighted(
    ['approved', 'applied', 'waitlisted', 'declined', 'withdrawn'] as const,
    [40, 20, 15, 12, 13],
  );
  if (p.status !== 'applied') Object.assign(p, { reviewedBy: admin ?? null, reviewedAt: at });
}

/** Mentees paired in turn with mentors who take two of them (a few take one), over the first weeks. */
export function pairsOf(rng: Random, o: PeopleContext, participants: ParticipantRow[]) {
  const { programmeId, startsAt } = o;
  const { mentors, pairs: count } = o.scale;
  const admin = o.adminAadIds[0];
  const withOne = 200;
  const withTwo = (count - withOne) / 2;
  const slots = participants.slice(0, withTwo + withOne).flatMap((m, i) => (i < withTwo ? [m, m] : [m]));
  rng.shuffle(slots);
  const mentees = rng.shuffle(participants.slice(mentors));
  const pairs: PairRow[] = [];
  for (let i = 0; i < count; i++) {
    const mentee = mentees[i]!;
    const mentor = slots[i]!;
    const approvedAt = new Date(startsAt + rng.int(-10, 25) * DAY + rng.int(0, 8) * 3_600_000);
    mentee.status = 'paired';
    mentor.status = 'paired';
    for (const p of [mentee, mentor]) Object.assign(p, { reviewedBy: admin ?? null, reviewedAt: approvedAt });
    const ended = rng.chance(0.08);
    pairs.push({
      id: rng.guid(),
      tenantId: o.tenantId,
      programmeId,
      menteeAadId: mentee.aadId,
      mentorAadId: mentor.aadId,
      status: ended ? 'ended' : 'active',
      score: Math.round((0.55 + rng.next() * 0.4) * 1000) / 1000,
      proposedAt: new Date(approvedAt.getTime() - rng.int(1, 5) * DAY),
      approvedAt,
      approvedBy: admin ?? null,
      struggling: rng.chance(0.06),
    });
  }
  for (const p of participants)
    if (p.status !== 'paired') review(rng, p, admin, new Date(startsAt - 5 * DAY));
  return pairs;
}
