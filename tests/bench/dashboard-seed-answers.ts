/**
 * The answers of the dashboard seed: feedback cards sent after each session that ended, an exact
 * number of answers to them (every held session has at least one "yes"), and the pulse, post and
 * closing survey answers of paired people.
 */
import type { Random } from '../../api/src/demo-tenant/directory/seed/prng';
import type {
  feedback,
  feedbackPrompt,
  pairing,
  participant,
  session,
  surveyResponse,
} from '../../api/src/store/schema';

export type ParticipantRow = typeof participant.$inferInsert & { id: string; aadId: string };
/** `struggling` pairs miss more sessions and rate them lower: they feed the at-risk list. */
export type PairRow = typeof pairing.$inferInsert & { id: string; struggling: boolean };
export type SessionRow = typeof session.$inferInsert & { id: string; number: number };

/** What the answers need from the seed's options. */
export interface AnswerContext {
  tenantId: string;
  now: Date;
  adminAadIds: readonly string[];
}

type AnswerRow = typeof feedback.$inferInsert;
type PromptRow = typeof feedbackPrompt.$inferInsert;
type SurveyRow = typeof surveyResponse.$inferInsert;

interface Slot {
  session: SessionRow;
  pair: PairRow;
  role: 'mentor' | 'mentee';
  tookPlace: 'yes' | 'no' | 'moved';
  sentAt: number;
  answered: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const LEARNED = [
  'Résumer un fil de mails avec Copilot',
  'Créer une présentation à partir d’un document Word',
  'Comment nos jeunes clients choisissent une banque en ligne',
  'Organiser un canal Teams par projet plutôt que par service',
  'How to write a good prompt for a meeting summary',
  'Reading a Power BI dashboard on my own',
];
const SHARED = [
  'Comment une décision de crédit se prend au comité',
  'Mes critères pour arbitrer un budget',
  'Le fonctionnement du comité exécutif',
  'How regulators look at model risk',
  'Negotiating with a large corporate client',
];
const OBSTACLES = [
  'Séance écourtée, agenda trop chargé',
  'Difficile de trouver un créneau commun',
  'Licence Copilot pas encore activée',
  'We keep moving the session at the last minute',
];
const COMMENTS = [
  'Une belle découverte, à refaire',
  'Très utile pour mon quotidien',
  'Il faudrait plus de temps entre les séances',
  'Great format, my mentor was excellent',
];

/** The feedback cards sent for each person of each session that ended, and who answered them. */
function slotsOf(o: AnswerContext, pairs: PairRow[], sessions: SessionRow[]): Slot[] {
  const now = o.now.getTime();
  const pairOf = new Map(pairs.map((p) => [p.id, p]));
  const slots: Slot[] = [];
  for (const session of sessions) {
    const pair = pairOf.get(session.pairingId)!;
    const end = session.endsAt?.getTime() ?? Date.parse(`${session.targetDate}T17:00:00Z`);
    const moved = session.status === 'needs_slot' && end < now - 2 * DAY;
    const ended = session.status === 'held' || session.status === 'missed' || session.status === 'booked';
    if (!moved && !(ended && end < now)) continue;
    const tookPlace = session.status === 'held' ? 'yes' : session.status === 'missed' ? 'no' : 'moved';
    for (const role of ['mentee', 'mentor'] as const) {
      slots.push({ session, pair, role, tookPlace, sentAt: end + 5 * 60_000, answered: false });
    }
  }
  return slots;
}

/** Marks exactly `count` slots answered: one per held session, then a uniform draw. */
function chooseAnswered(rng: Random, slots: Slot[], count: number) {
  const optional: Slot[] = [];
  let mandatory = 0;
  for (let i = 0; i < slots.length; i += 2) {
    const [mentee, mentor] = [slots[i]!, slots[i + 1]!];
    if (mentee.tookPlace === 'yes' && mentee.session.status === 'held') {
      const first = rng.chance(0.5) ? mentee : mentor;
      first.answered = true;
      mandatory++;
      optional.push(first === mentee ? mentor : mentee);
    } else if (mentee.session.status !== 'booked') {
      optional.push(mentee, mentor);
    }
  }
  let wanted = count - mandatory;
  if (wanted < 0 || wanted > optional.length) {
    throw new Error(`the seed cannot give ${count} answers from ${slots.length} cards`);
  }
  // Selection sampling (Knuth's algorithm S): each remaining slot is taken with probability wanted/left.
  for (let i = 0; i < optional.length && wanted > 0; i++) {
    if (rng.next() * (optional.length - i) < wanted) {
      optional[i]!.answered = true;
      wanted--;
    }
  }
}

function answerOf(rng: Random, o: AnswerContext, slot: Slot): AnswerRow {
  const { session, pair, role } = slot;
  const rough = pair.struggling;
  const late = rng.chance(0.15);
  const delay = late ? rng.int(30, 120) * HOUR : rng.int(3, 30 * 60) * 60_000;
  // A card sent lately was answered some time between then and now.
  const room = o.now.getTime() - 60_000 - slot.sentAt;
  const submittedAt = new Date(slot.sentAt + (delay < room ? delay : Math.floor(rng.next() * room)));
  const held = slot.tookPlace === 'yes';
  const wantsSupport = rng.chance(rough ? 0.12 : 0.015);
  const handled = wantsSupport && rng.chance(0.65);
  return {
    id: rng.guid(),
    tenantId: o.tenantId,
    programmeId: session.programmeId,
    sessionId: session.id,
    pairingId: pair.id,
    authorAadId: role === 'mentee' ? pair.menteeAadId : pair.mentorAadId,
    authorRole: role,
    tookPlace: slot.tookPlace,
    rating: held ? rng.weighted([1, 2, 3, 4, 5], rough ? [12, 22, 30, 24, 12] : [2, 4, 14, 42, 38]) : null,
    objectiveMet: held
      ? rng.weighted(['yes', 'partly', 'no'] as const, rough ? [25, 40, 35] : [55, 35, 10])
      : null,
    learned: held && rng.chance(0.4) ? rng.pick(LEARNED) : '',
    shared: held && rng.chance(0.3) ? rng.pick(SHARED) : '',
    obstacles: rng.chance(rough ? 0.35 : 0.1) ? rng.pick(OBSTACLES) : '',
    wantsSupport,
    continueWithPartner: rng.weighted(['yes', 'unsure', 'no'] as const, rough ? [55, 30, 15] : [92, 7, 1]),
    private: rng.chance(0.08),
    source: rng.chance(0.75) ? 'bot' : 'tab',
    supportHandledAt: handled
      ? new Date(Math.min(submittedAt.getTime() + rng.int(1, 5) * DAY, o.now.getTime()))
      : null,
    supportHandledBy: handled ? (o.adminAadIds[0] ?? null) : null,
    submittedAt,
    updatedAt: submittedAt,
  };
}

export function answersOf(
  rng: Random,
  o: AnswerContext,
  seeded: { pairs: PairRow[]; sessions: SessionRow[]; answers: number },
) {
  const slots = slotsOf(o, seeded.pairs, seeded.sessions);
  chooseAnswered(rng, slots, seeded.answers);
  const answers: AnswerRow[] = [];
  const prompts: PromptRow[] = [];
  for (const slot of slots) {
    const answer = slot.answered ? answerOf(rng, o, slot) : undefined;
    if (answer) answers.push(answer);
    const reminder = slot.sentAt + 48 * HOUR;
    const reminded = reminder < o.now.getTime() && (!answer || answer.submittedAt!.getTime() > reminder);
    prompts.push({
      tenantId: o.tenantId,
      sessionId: slot.session.id,
      aadId: slot.role === 'mentee' ? slot.pair.menteeAadId : slot.pair.mentorAadId,
      sentAt: new Date(slot.sentAt),
      delivered: rng.chance(0.985),
      remindedAt: reminded ? new Date(reminder) : null,
    });
  }
  return { answers, prompts };
}

/** Pulse answers half-way, closing answers these last weeks, post self-assessments near the end. */
export function surveysOf(rng: Random, o: AnswerContext, participants: ParticipantRow[], startsAt: number) {
  const now = o.now.getTime();
  const surveys: SurveyRow[] = [];
  const opinion = () => ({
    satisfaction: rng.weighted([1, 2, 3, 4, 5], [3, 7, 20, 40, 30]),
    nps: rng.weighted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 2, 3, 3, 6, 8, 16, 20, 20, 19]),
    comment: rng.chance(0.2) ? rng.pick(COMMENTS) : '',
    private: rng.chance(0.05),
  });
  for (const p of participants) {
    if (p.status !== 'paired') continue;
    const base = { tenantId: o.tenantId, programmeId: p.programmeId, aadId: p.aadId, role: p.role };
    const source = () => (rng.chance(0.7) ? ('bot' as const) : ('tab' as const));
    if (rng.chance(0.62)) {
      const at = new Date(startsAt + (182 + rng.int(0, 14)) * DAY);
      surveys.push({
        ...base,
        kind: 'pulse',
        ...opinion(),
        source: source(),
        submittedAt: at,
        updatedAt: at,
      });
    }
    if (rng.chance(0.3)) {
      const at = new Date(now - rng.int(1, 20) * DAY);
      surveys.push({
        ...base,
        kind: 'closing',
        ...opinion(),
        source: source(),
        submittedAt: at,
        updatedAt: at,
      });
    }
    if (rng.chance(0.4)) {
      const gains = p.role === 'mentee' ? [20, 45, 30, 5] : [60, 35, 5, 0];
      const skills = (p.skills ?? []).map((s) => ({
        skillId: s.skillId,
        level: Math.min(5, s.level + rng.weighted([0, 1, 2, 3], gains)),
      }));
      const at = new Date(now - rng.int(1, 25) * DAY);
      surveys.push({ ...base, kind: 'post', skills, source: source(), submittedAt: at, updatedAt: at });
    }
  }
  return surveys;
}
