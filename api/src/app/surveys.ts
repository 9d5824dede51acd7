import type { Clock } from '../domain/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { Localised } from '../domain/programme';
import { type Caller, requireProgrammeAdmin } from './caller';
import type { AuditLog } from './ports/audit';
import type {
  FeedbackNotifier,
  FeedbackRepository,
  SurveyKind,
  SurveyRecord,
  SurveyRoundRecord,
} from './ports/feedback';
import type { Jobs } from './ports/jobs';
import type { ParticipantRepository } from './ports/participants';
import type { ProgrammeRepository } from './ports/programmes';

export const SURVEY_JOB = 'surveys.send';

export interface SurveyDeps {
  feedback: FeedbackRepository;
  programmes: Pick<ProgrammeRepository, 'get'>;
  participants: Pick<ParticipantRepository, 'listForPerson'>;
  notifier: FeedbackNotifier;
  jobs: Jobs;
  audit: AuditLog;
  clock: Clock;
}

export interface SurveyAnswer {
  skills: { skillId: string; level: number }[];
  satisfaction: number | null;
  nps: number | null;
  comment: string;
  private: boolean;
}

export interface MySurvey {
  programmeId: string;
  programmeName: string;
  kind: SurveyKind;
  role: 'mentor' | 'mentee';
  openedAt: Date;
  closesAt: Date;
  /** The programme's zone, for the dates. */
  timeZone: string;
  skills: { skillId: string; label: Localised; before: number | null }[];
  answer: SurveyRecord | null;
}

/** The programme states in which each survey makes sense. */
const OPEN_IN: Record<SurveyKind, readonly string[]> = {
  pulse: ['running'],
  post: ['running', 'closing'],
  closing: ['running', 'closing'],
};

/**
 * An admin opens a survey for the programme's paired participants: the bot sends each of them a
 * card (the post-programme self-assessment repeats the sign-up skills and scale). Opening it again
 * moves its closing date and sends nothing twice to who already answered.
 */
export async function openSurvey(
  deps: SurveyDeps,
  caller: Caller,
  programmeId: string,
  kind: SurveyKind,
  options: { closesInDays: number },
): Promise<SurveyRoundRecord> {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  requireProgrammeAdmin(caller, programme);
  if (!OPEN_IN[kind].includes(programme.status)) {
    throw new ConflictError(
      'survey_not_possible',
      `The ${kind} survey opens while the programme runs${kind === 'pulse' ? '' : ' or closes'}; "${programme.name}" is ${programme.status}.`,
    );
  }
  const now = deps.clock.now();
  const round = await deps.feedback.openRound(caller.tenantId, {
    programmeId,
    kind,
    openedAt: now,
    openedBy: caller.aadId,
    closesAt: new Date(now.getTime() + options.closesInDays * 86_400_000),
    sent: 0,
  });
  await deps.jobs.enqueue(
    SURVEY_JOB,
    { tenantId: caller.tenantId, programmeId, kind },
    { singletonKey: `${programmeId}:${kind}`, retryLimit: 3, retryDelaySeconds: 30 },
  );
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'survey.opened',
    subject: programmeId,
    detail: { kind, closesAt: round.closesAt.toISOString() },
  });
  return round;
}

export async function surveyRounds(deps: SurveyDeps, caller: Caller, programmeId: string) {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  requireProgrammeAdmin(caller, programme);
  return deps.feedback.rounds(caller.tenantId, programmeId);
}

/** The survey job: one card to each paired participant who has not answered yet. */
export async function sendSurveyRound(
  deps: SurveyDeps,
  data: { tenantId: string; programmeId: string; kind: SurveyKind },
): Promise<{ sent: number; skipped: number }> {
  const programme = await deps.programmes.get(data.tenantId, data.programmeId);
  const round = (await deps.feedback.rounds(data.tenantId, data.programmeId)).find(
    (r) => r.kind === data.kind,
  );
  if (!programme || !round) return { sent: 0, skipped: 0 };
  const labels = new Map(programme.skills.map((s) => [s.id, s.label]));
  let sent = 0;
  let skipped = 0;
  // One query for who already answered, not one per participant.
  const answered = new Set(await deps.feedback.respondents(data.tenantId, data.programmeId, data.kind));
  for (const person of await deps.feedback.pairedParticipants(data.tenantId, data.programmeId)) {
    if (answered.has(person.aadId)) {
      skipped++;
      continue;
    }
    const delivery = await deps.notifier.surveyOpened(data.tenantId, person.aadId, {
      programmeId: data.programmeId,
      programmeName: programme.name,
      kind: data.kind,
      role: person.role,
      closesAt: round.closesAt,
      timeZone: programme.timeZone,
      skills: person.skills.map((s) => ({
        skillId: s.skillId,
        label: labels.get(s.skillId) ?? { fr: s.skillId, en: s.skillId },
        before: s.level,
      })),
    });
    if (delivery === 'sent') sent++;
  }
  await deps.feedback.recordRoundSent(data.tenantId, data.programmeId, data.kind, sent);
  return { sent, skipped };
}

/** The surveys open to the caller (programmes where they are paired), with their answers. */
export async function mySurveys(deps: SurveyDeps, caller: Caller): Promise<MySurvey[]> {
  const rounds = await deps.feedback.roundsForPerson(caller.tenantId, caller.aadId);
  if (rounds.length === 0) return [];
  const answers = await deps.feedback.surveysOf(caller.tenantId, caller.aadId);
  const applications = await deps.participants.listForPerson(caller.tenantId, caller.aadId);
  const out: MySurvey[] = [];
  for (const round of rounds) {
    const application = applications.find(
      (a) => a.programmeId === round.programmeId && a.status === 'paired',
    );
    const programme = await deps.programmes.get(caller.tenantId, round.programmeId);
    if (!application || !programme) continue;
    const labels = new Map(programme.skills.map((s) => [s.id, s.label]));
    out.push({
      programmeId: round.programmeId,
      programmeName: round.programmeName,
      kind: round.kind,
      role: application.role,
      openedAt: round.openedAt,
      closesAt: round.closesAt,
      timeZone: programme.timeZone,
      skills: application.skills.map((s) => ({
        skillId: s.skillId,
        label: labels.get(s.skillId) ?? { fr: s.skillId, en: s.skillId },
        before: s.level,
      })),
      answer: answers.find((a) => a.programmeId === round.programmeId && a.kind === round.kind) ?? null,
    });
  }
  return out;
}

/**
 * A participant answers an open survey (again, to change it, until it closes). The post survey
 * rates the same skills as the sign-up; pulse and closing ask satisfaction and the NPS question.
 */
export async function answerSurvey(
  deps: SurveyDeps,
  caller: Caller,
  programmeId: string,
  kind: SurveyKind,
  input: SurveyAnswer,
  source: 'bot' | 'tab',
): Promise<SurveyRecord> {
  const survey = (await mySurveys(deps, caller)).find(
    (s) => s.programmeId === programmeId && s.kind === kind,
  );
  if (!survey) throw new NotFoundError('survey_not_open', 'This survey is not open to you.');
  if (survey.closesAt <= deps.clock.now()) {
    throw new ConflictError('survey_closed', `The ${kind} survey of "${survey.programmeName}" has closed.`);
  }
  const errors: { path: string; message: string }[] = [];
  if (kind === 'post') {
    const expected = new Set(survey.skills.map((s) => s.skillId));
    for (const [i, s] of input.skills.entries()) {
      if (!expected.has(s.skillId))
        errors.push({ path: `body.skills.${i}.skillId`, message: 'not one of your skills' });
    }
    if (input.skills.length === 0) errors.push({ path: 'body.skills', message: 'rate your skills again' });
  } else {
    if (input.satisfaction === null)
      errors.push({ path: 'body.satisfaction', message: 'rate your satisfaction from 1 to 5' });
    if (input.nps === null) errors.push({ path: 'body.nps', message: 'answer from 0 to 10' });
  }
  if (errors.length > 0) {
    throw new InvalidInputError('survey_incomplete', 'The survey answer is not complete.', errors);
  }
  const saved = await deps.feedback.upsertSurvey(
    caller.tenantId,
    {
      programmeId,
      aadId: caller.aadId,
      role: survey.role,
      kind,
      skills: kind === 'post' ? input.skills : [],
      satisfaction: kind === 'post' ? null : input.satisfaction,
      nps: kind === 'post' ? null : input.nps,
      comment: input.comment,
      private: input.private,
      source,
    },
    deps.clock.now(),
  );
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'survey.answered',
    subject: programmeId,
    detail: { kind, source },
  });
  return saved;
}
