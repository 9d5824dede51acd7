/**
 * A large programme near the end of its year, for the dashboard bench and `npm run seed:dashboard`:
 * 10,000 participants, 5,000 pairs, 60,000 monthly sessions and exactly 100,000 feedback answers,
 * with the feedback cards sent and the pulse, post and closing survey answers. The same seed and day
 * give the same rows; a programme already seeded is left as it is.
 */
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { defaultThemeSettings } from '../../api/src/app/programmes';
import { createRandom, type Random } from '../../api/src/demo-tenant/directory/seed/prng';
import { DEFAULT_CHARTER, DEFAULT_SKILLS } from '../../api/src/domain/programme-defaults';
import { themesForSeries } from '../../api/src/domain/scheduling/themes';
import type { Database } from '../../api/src/store/db';
import {
  feedback,
  feedbackPrompt,
  pairing,
  participant,
  person,
  programme,
  session,
  surveyResponse,
} from '../../api/src/store/schema';
import { answersOf, type PairRow, type SessionRow, surveysOf } from './dashboard-seed-answers';
import { pairsOf, peopleOf } from './dashboard-seed-people';

/**
 * The seed's own, apart from the demo directory's (DEMO_SEED, 2027 by default): with the same seed
 * the generator would hand out the directory's ids again.
 */
export const DASHBOARD_SEED = 0xda5b0a2d;

export const DASHBOARD_SCALE = {
  mentors: 4000,
  mentees: 6000,
  pairs: 5000,
  sessionsPerPair: 12,
  feedback: 100_000,
};

export interface DashboardSeedOptions {
  db: Database;
  tenantId: string;
  adminAadIds: readonly string[];
  sponsorAadIds: readonly string[];
  now: Date;
  seed?: number;
}

export interface DashboardSeedResult {
  programmeId: string;
  created: boolean;
  participants: number;
  pairs: number;
  sessions: number;
  feedback: number;
  prompts: number;
  surveys: number;
}

const DAY = 86_400_000;
const BATCH = 1000;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function sessionsOf(rng: Random, o: DashboardSeedOptions, pairs: PairRow[], programmeId: string) {
  const now = o.now.getTime();
  const settings = defaultThemeSettings();
  const themes = themesForSeries({ themes: settings, count: DASHBOARD_SCALE.sessionsPerPair }).map(
    (theme) => settings.find((s) => s.id === theme.id)!,
  );
  const admin = o.adminAadIds[0] ?? null;
  const sessions: SessionRow[] = [];
  for (const pair of pairs) {
    const first = DateTime.fromJSDate(pair.approvedAt!, { zone: 'utc' })
      .startOf('day')
      .plus({ days: rng.int(7, 20) });
    // An ended pair stops after a few sessions; the rest of its series is cancelled.
    const endsAfter = pair.status === 'ended' ? rng.int(3, 9) : Number.POSITIVE_INFINITY;
    for (let n = 1; n <= DASHBOARD_SCALE.sessionsPerPair; n++) {
      const target = first.plus({ months: n - 1 }).toMillis();
      const id = rng.guid();
      let startsAt: number | null = target + rng.int(-3, 3) * DAY + rng.int(8, 16) * 3_600_000;
      const row: SessionRow = {
        id,
        tenantId: o.tenantId,
        programmeId,
        pairingId: pair.id,
        number: n,
        status: 'booked',
        targetDate: isoDate(target),
        windowFrom: isoDate(target - 7 * DAY),
        windowTo: isoDate(target + 7 * DAY),
        durationMinutes: 60,
        theme: themes[n - 1]!,
        organizerAadId: pair.mentorAadId,
        transactionId: `bench-${id}`,
        createdAt: pair.approvedAt!,
        updatedAt: pair.approvedAt!,
      };
      if (n > endsAfter) {
        const endedAt = new Date(Math.min(now, target - 10 * DAY));
        pair.endedAt ??= endedAt;
        pair.endedBy = admin;
        pair.endReason = rng.pick([
          'Changement de poste du mentoré',
          'Mentor left the bank',
          'Pas d’affinité',
        ]);
        Object.assign(row, { status: 'cancelled', cancelledAt: pair.endedAt, cancelledBy: admin });
        row.cancelReason = 'Binôme terminé';
      } else if (startsAt < now - 2 * DAY) {
        const weights = pair.struggling ? [62, 26, 6, 4, 2] : [91, 4.5, 2.5, 1.5, 0.5];
        row.status = rng.weighted(['held', 'missed', 'cancelled', 'needs_slot', 'failed'] as const, weights);
      } else if (startsAt > now + 45 * DAY) {
        row.status = 'planned';
      } else if (startsAt > now) {
        row.status = rng.weighted(['booked', 'needs_slot', 'failed'] as const, [90, 7, 3]);
      }
      if (row.status === 'needs_slot' || row.status === 'failed' || row.status === 'planned') startsAt = null;
      if (row.status === 'failed') row.problem = { code: 'no_common_slot' };
      if (row.status === 'cancelled' && !row.cancelledAt) {
        Object.assign(row, {
          cancelledAt: new Date((startsAt ?? target) - 2 * DAY),
          cancelledBy: pair.menteeAadId,
        });
        row.cancelReason = rng.pick(['Déplacement', 'Conflit d’agenda', 'Sick leave']);
      }
      if (startsAt !== null) {
        Object.assign(row, {
          startsAt: new Date(startsAt),
          endsAt: new Date(startsAt + 3_600_000),
          bookedAt: new Date(startsAt - rng.int(5, 25) * DAY),
          eventId: `AAMkBench${id.replaceAll('-', '')}`,
        });
      }
      if (rng.chance(pair.struggling ? 0.25 : 0.03)) {
        row.problem = { code: 'declined' };
        row.reproposals = rng.int(0, 2);
      }
      sessions.push(row);
    }
  }
  return sessions;
}

async function insertAll<T>(work: (rows: T[]) => Promise<unknown>, rows: T[]) {
  for (let i = 0; i < rows.length; i += BATCH) await work(rows.slice(i, i + BATCH));
}

/** Seeds the programme (one transaction) unless it is already there. */
export async function seedDashboardProgramme(o: DashboardSeedOptions): Promise<DashboardSeedResult> {
  const rng = createRandom(o.seed ?? DASHBOARD_SEED);
  const programmeId = rng.guid();
  const [existing] = await o.db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.id, programmeId));
  const empty = { programmeId, participants: 0, pairs: 0, sessions: 0, feedback: 0, prompts: 0, surveys: 0 };
  if (existing) return { ...empty, created: false };

  const today = DateTime.fromJSDate(o.now, { zone: 'utc' }).startOf('day');
  const startsOn = today.minus({ months: 12, days: 10 });
  const startsAt = startsOn.toMillis();
  const people = { ...o, programmeId, startsAt, scale: DASHBOARD_SCALE };
  const { persons, participants } = peopleOf(rng, people);
  const pairs = pairsOf(rng, people, participants);
  const sessions = sessionsOf(rng, o, pairs, programmeId);
  const { answers, prompts } = answersOf(rng, o, { pairs, sessions, answers: DASHBOARD_SCALE.feedback });
  const surveys = surveysOf(rng, o, participants, startsAt);

  await o.db.transaction(async (tx) => {
    await tx.insert(programme).values({
      id: programmeId,
      tenantId: o.tenantId,
      name: 'Leaders numériques — groupe (10 000 participants)',
      description: 'Un an de mentorat inversé à l’échelle du groupe : IA générative, Microsoft 365, données.',
      status: 'running',
      cadence: 'monthly',
      sessionMinutes: 60,
      sessionCount: DASHBOARD_SCALE.sessionsPerPair,
      startsOn: startsOn.toISODate(),
      endsOn: startsOn.plus({ months: 13 }).toISODate(),
      mentorCapacity: 2,
      objectives: [
        {
          id: 'sessions',
          label: { fr: '10 séances par binôme', en: '10 sessions per pair' },
          kpi: 'sessions_held_per_pair',
          target: 10,
        },
        {
          id: 'rating',
          label: { fr: 'Note moyenne ≥ 4/5', en: 'Average rating ≥ 4/5' },
          kpi: 'average_rating',
          target: 4,
        },
        { id: 'nps', label: { fr: 'NPS ≥ 30', en: 'NPS ≥ 30' }, kpi: 'nps', target: 30 },
        {
          id: 'confidence',
          label: { fr: '60 % progressent', en: '60% progress' },
          kpi: 'skill_progression',
          target: 60,
        },
      ],
      skills: DEFAULT_SKILLS,
      charter: DEFAULT_CHARTER,
      sponsorAadIds: [...o.sponsorAadIds],
      adminAadIds: [...o.adminAadIds],
      timeZone: 'Europe/Paris',
      sessionThemes: defaultThemeSettings(),
      createdBy: o.adminAadIds[0] ?? null,
      createdAt: new Date(startsAt - 90 * DAY),
    });
    await insertAll((rows) => tx.insert(person).values(rows).onConflictDoNothing(), persons);
    await insertAll((rows) => tx.insert(participant).values(rows), participants);
    await insertAll((rows) => tx.insert(pairing).values(rows.map(({ struggling: _, ...row }) => row)), pairs);
    await insertAll((rows) => tx.insert(session).values(rows), sessions);
    await insertAll((rows) => tx.insert(feedbackPrompt).values(rows), prompts);
    await insertAll((rows) => tx.insert(feedback).values(rows), answers);
    await insertAll((rows) => tx.insert(surveyResponse).values(rows), surveys);
  });
  return {
    programmeId,
    created: true,
    participants: participants.length,
    pairs: pairs.length,
    sessions: sessions.length,
    feedback: answers.length,
    prompts: prompts.length,
    surveys: surveys.length,
  };
}
