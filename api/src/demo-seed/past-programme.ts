import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { defaultThemeSettings } from '../app/programmes';
import type { DemoPersona } from '../demo-tenant/contract';
import { DEFAULT_CHARTER, DEFAULT_SKILLS } from '../domain/programme-defaults';
import { planSessions } from '../domain/scheduling';
import type { Database } from '../store/db';
import { requireDirectoryMirrored } from '../store/demo-volunteers';
import {
  feedback,
  feedbackPrompt,
  pairing,
  participant,
  person,
  programme,
  session,
  surveyResponse,
  surveyRound,
} from '../store/schema';

export const DEMO_PAST_PROGRAMME = 'Leaders numériques 2026 — saison 1';

/** A small deterministic generator, so every demo start tells the same story. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const LEARNED = [
  'Résumer une réunion Teams avec Copilot et en tirer les actions.',
  'Comment la direction arbitre entre projets quand le budget se resserre.',
  'Préparer un rendez-vous client avec un prompt bien construit.',
  'Les usages mobiles de nos jeunes clients et ce qu’ils attendent de l’agence.',
  'Comment une décision de crédit remonte jusqu’au comité.',
  'Structurer un fichier Excel pour que Copilot l’analyse correctement.',
];
const OBSTACLES = [
  'Difficile de trouver un créneau avec les comités de fin de mois.',
  'Les outils d’IA ne sont pas encore ouverts à toute mon équipe.',
  '',
  '',
];

/**
 * The demo's finished season: a programme that ran from March to August with its pairs, the
 * sessions they held or missed, their feedback and survey answers, so that the dashboards, the
 * sponsor's summary and the impact report have a season to show on first start. It is sample data
 * of the demo tenant, like its people: never created outside demo mode. Runs once.
 */
export async function seedDemoPastProgramme(p: {
  db: Database;
  tenantId: string;
  personas: DemoPersona[];
  now: Date;
}): Promise<number> {
  const { db, tenantId } = p;
  await requireDirectoryMirrored(db, tenantId);
  const [existing] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(and(eq(programme.tenantId, tenantId), eq(programme.name, DEMO_PAST_PROGRAMME)))
    .limit(1);
  if (existing) return 0;

  const admins = p.personas.filter((x) => x.persona === 'admin').map((x) => x.id);
  const sponsors = p.personas.filter((x) => x.persona === 'sponsor').map((x) => x.id);
  const taken = new Set(p.personas.map((x) => x.id));
  const busy = await db
    .select({ aadId: participant.aadId })
    .from(participant)
    .where(eq(participant.tenantId, tenantId));
  for (const row of busy) taken.add(row.aadId);
  const people = (
    await db
      .select()
      .from(person)
      .where(and(eq(person.tenantId, tenantId), eq(person.accountEnabled, true), isNull(person.removedAt)))
      .orderBy(asc(person.aadId))
  ).filter((row) => !taken.has(row.aadId) && row.officeLocation?.startsWith('Paris'));
  const mentors = people.filter((row) => !!row.hireDate && row.hireDate >= '2018-01-01').slice(0, 12);
  const mentees = people
    .filter((row) => !mentors.includes(row) && row.managerChain.length >= 1 && row.managerChain.length <= 3)
    .filter(
      (row) => !mentors.some((m) => m.managerChain.includes(row.aadId) || row.managerChain.includes(m.aadId)),
    )
    .slice(0, 12);
  const count = Math.min(mentors.length, mentees.length);
  if (count < 6) return 0;

  const random = generator(2026);
  const themes = defaultThemeSettings();
  const startsOn = '2026-03-02';
  const endsOn = '2026-08-28';
  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Paris' }).toJSDate();
  const [created] = await db
    .insert(programme)
    .values({
      tenantId,
      name: DEMO_PAST_PROGRAMME,
      description:
        'La première saison : des experts du numérique accompagnent des dirigeants du réseau et des fonctions centrales.',
      status: 'closing',
      cadence: 'monthly',
      sessionMinutes: 60,
      sessionCount: 6,
      startsOn,
      endsOn,
      mentorCapacity: 1,
      timeZone: 'Europe/Paris',
      sessionThemes: themes,
      objectives: [
        {
          id: 'sessions',
          label: { fr: 'Au moins 5 séances par binôme', en: 'At least 5 sessions per pair' },
          kpi: 'sessions_held_per_pair',
          target: 5,
        },
        {
          id: 'rating',
          label: { fr: 'Note moyenne ≥ 4/5', en: 'Average rating ≥ 4/5' },
          kpi: 'average_rating',
          target: 4,
        },
        {
          id: 'confidence',
          label: {
            fr: '70 % des participants progressent d’au moins 1 point',
            en: '70% of participants gain at least 1 point',
          },
          kpi: 'skill_progression',
          target: 70,
        },
        { id: 'nps', label: { fr: 'NPS ≥ 30', en: 'NPS ≥ 30' }, kpi: 'nps', target: 30 },
      ],
      eligibility: { departments: [], offices: [], employeeTypes: [] },
      skills: DEFAULT_SKILLS,
      charter: DEFAULT_CHARTER,
      sponsorAadIds: sponsors,
      adminAadIds: admins,
      createdBy: admins[0] ?? null,
      createdAt: at('2026-01-12T09:00'),
      updatedAt: at('2026-10-30T18:00'),
    })
    .returning();
  if (!created) return 0;
  const programmeId = created.id;
  const skillIds = ['generative-ai', 'm365-collaboration', 'data-literacy', 'social-media'];
  const applied = at('2026-01-20T10:00');
  const approved = at('2026-02-16T10:00');

  const pairs = Array.from({ length: count }, (_, i) => ({ mentor: mentors[i]!, mentee: mentees[i]! }));
  const level = (role: 'mentor' | 'mentee', k: number) =>
    role === 'mentor' ? 4 + Math.floor(random.next() * 2) : 1 + Math.floor(random.next() * 2) + (k % 2);
  const skillsOf = (role: 'mentor' | 'mentee', i: number) =>
    [0, 1, 2].map((k) => ({
      skillId: skillIds[(i + k) % skillIds.length]!,
      level: Math.min(5, level(role, k)),
    }));
  const applications = pairs.flatMap(({ mentor, mentee }, i) =>
    (
      [
        [mentor, 'mentor'],
        [mentee, 'mentee'],
      ] as const
    ).map(([row, role]) => ({
      tenantId,
      programmeId,
      aadId: row.aadId,
      role,
      status: 'paired' as const,
      skills: skillsOf(role, i),
      goals:
        role === 'mentor'
          ? 'Comprendre les priorités de la direction et transmettre mes usages de l’IA.'
          : 'Utiliser Copilot et Teams au quotidien, et mieux comprendre les clients digitaux.',
      availability: { days: [], dayparts: [] },
      languages: ['fr', 'en'],
      capacity: 1,
      charterAcceptedAt: applied,
      dataUseAcceptedAt: applied,
      source: (i % 2 === 0 ? 'bot' : 'tab') as 'bot' | 'tab',
      reviewedAt: approved,
      reviewedBy: admins[0] ?? null,
      createdAt: applied,
      updatedAt: approved,
    })),
  );
  await db.insert(participant).values(applications);
  const pairRows = await db
    .insert(pairing)
    .values(
      pairs.map(({ mentor, mentee }, i) => ({
        tenantId,
        programmeId,
        menteeAadId: mentee.aadId,
        mentorAadId: mentor.aadId,
        // One pair ended in June: the mentee changed jobs.
        status: (i === count - 1 ? 'ended' : 'active') as 'ended' | 'active',
        score: 12 + random.next() * 6,
        criteria: [],
        proposedAt: at('2026-02-12T10:00'),
        approvedAt: approved,
        approvedBy: admins[0] ?? null,
        ...(i === count - 1
          ? { endedAt: at('2026-06-15T10:00'), endedBy: admins[0] ?? null, endReason: 'Changement de poste' }
          : {}),
      })),
    )
    .returning({ id: pairing.id, menteeAadId: pairing.menteeAadId, mentorAadId: pairing.mentorAadId });

  const series = planSessions({
    startsOn,
    endsOn,
    cadence: 'monthly',
    count: 6,
    sessionMinutes: 60,
    themes,
    timeZone: 'Europe/Paris',
  });
  const sessionRows: (typeof session.$inferInsert)[] = [];
  const answers: (typeof feedback.$inferInsert)[] = [];
  const prompts: (typeof feedbackPrompt.$inferInsert)[] = [];
  for (const [i, pair] of pairRows.entries()) {
    const ended = i === count - 1;
    for (const planned of series) {
      const id = randomUUID();
      const day = DateTime.fromISO(planned.targetDate, { zone: 'Europe/Paris' });
      // On or just after the target date, on a weekday, mornings or early afternoons.
      let date = day.plus({ days: i % 3 });
      while (date.weekday > 5) date = date.plus({ days: 1 });
      const start = date.set({ hour: [9, 10, 11, 14][(i + planned.number) % 4]!, minute: 0 }).toJSDate();
      const end = new Date(start.getTime() + 3_600_000);
      const roll = random.next();
      const status =
        ended && planned.number > 3
          ? 'cancelled'
          : roll < 0.08
            ? 'missed'
            : roll < 0.12 && i % 4 === 1
              ? 'missed'
              : 'held';
      sessionRows.push({
        id,
        tenantId,
        programmeId,
        pairingId: pair.id,
        number: planned.number,
        status,
        targetDate: planned.targetDate,
        windowFrom: planned.fromDate,
        windowTo: planned.toDate,
        startsAt: start,
        endsAt: end,
        durationMinutes: 60,
        theme: {
          id: planned.theme.id,
          label: { ...planned.theme.label },
          objective: { ...planned.theme.objective },
          agenda: { fr: [...planned.theme.agenda.fr], en: [...planned.theme.agenda.en] },
        },
        organizerAadId: pair.mentorAadId,
        transactionId: `binome-session-${id}`,
        bookedAt: approved,
        ...(status === 'cancelled'
          ? {
              cancelledAt: at('2026-06-15T10:00'),
              cancelReason: 'Changement de poste',
              cancelledBy: admins[0] ?? null,
            }
          : {}),
        ...(status === 'missed' ? { problem: { code: 'nobody_confirmed' } } : {}),
      });
      if (status === 'cancelled') continue;
      const sentAt = new Date(end.getTime() + 5 * 60_000);
      for (const [aadId, role] of [
        [pair.menteeAadId, 'mentee'],
        [pair.mentorAadId, 'mentor'],
      ] as const) {
        prompts.push({ tenantId, sessionId: id, aadId, sentAt, delivered: true });
        if (status === 'missed' || random.next() < 0.15) continue;
        const low = i % 5 === 3 && planned.number >= 4;
        const rating = low ? 2 : random.next() < 0.55 ? 5 : random.next() < 0.7 ? 4 : 3;
        answers.push({
          tenantId,
          programmeId,
          sessionId: id,
          pairingId: pair.id,
          authorAadId: aadId,
          authorRole: role,
          tookPlace: 'yes',
          rating,
          objectiveMet: rating >= 4 ? 'yes' : rating === 3 ? 'partly' : 'no',
          learned: random.next() < 0.6 ? random.pick(LEARNED) : '',
          shared: '',
          obstacles: low ? 'Nous avons du mal à avancer sur les objectifs fixés.' : random.pick(OBSTACLES),
          wantsSupport: low && role === 'mentee',
          continueWithPartner: low ? 'unsure' : 'yes',
          private: random.next() < 0.1,
          source: random.next() < 0.8 ? 'bot' : 'tab',
          submittedAt: new Date(sentAt.getTime() + (1 + random.next() * 40) * 3_600_000),
          updatedAt: new Date(sentAt.getTime() + 41 * 3_600_000),
        });
      }
    }
  }
  await db.insert(session).values(sessionRows);
  await db.insert(feedbackPrompt).values(prompts);
  await db.insert(feedback).values(answers);

  const surveys: (typeof surveyResponse.$inferInsert)[] = [];
  for (const [i, a] of applications.entries()) {
    if (random.next() < 0.85) {
      surveys.push({
        tenantId,
        programmeId,
        aadId: a.aadId,
        role: a.role,
        kind: 'pulse',
        satisfaction: 3 + Math.floor(random.next() * 3),
        nps: [10, 9, 9, 8, 10, 7, 6, 9][i % 8]!,
        comment: '',
        source: 'bot',
        submittedAt: at('2026-06-10T12:00'),
        updatedAt: at('2026-06-10T12:00'),
      });
    }
    if (random.next() < 0.8) {
      surveys.push({
        tenantId,
        programmeId,
        aadId: a.aadId,
        role: a.role,
        kind: 'post',
        skills: a.skills.map((s) => ({
          skillId: s.skillId,
          level: Math.min(
            5,
            s.level +
              (a.role === 'mentee' ? 1 + Math.floor(random.next() * 2) : Math.floor(random.next() * 2)),
          ),
        })),
        comment: '',
        source: 'tab',
        submittedAt: at('2026-10-26T12:00'),
        updatedAt: at('2026-10-26T12:00'),
      });
    }
  }
  await db.insert(surveyResponse).values(surveys);
  await db.insert(surveyRound).values([
    {
      tenantId,
      programmeId,
      kind: 'pulse',
      openedAt: at('2026-06-08T09:00'),
      openedBy: admins[0] ?? '',
      closesAt: at('2026-06-22T09:00'),
      sent: applications.length,
    },
    {
      tenantId,
      programmeId,
      kind: 'post',
      openedAt: at('2026-10-19T09:00'),
      openedBy: admins[0] ?? '',
      closesAt: at('2026-11-30T09:00'),
      sent: applications.length,
    },
  ]);
  return count;
}
