import type { Clock } from '../domain/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';
import {
  canEditFeedback,
  FEEDBACK_DELAY_MINUTES,
  FEEDBACK_EDIT_DAYS,
  FEEDBACK_LATE_DAYS,
  FEEDBACK_REMINDER_HOURS,
  FEEDBACK_WINDOW_DAYS,
  type FeedbackAnswer,
  feedbackProblems,
  sessionOutcome,
} from '../domain/feedback';
import type { Caller } from './caller';
import type { AuditLog } from './ports/audit';
import type { FeedbackNotifier, FeedbackRecord, FeedbackRepository } from './ports/feedback';
import type { ProgrammeRepository } from './ports/programmes';
import type { SessionRepository, SessionWithPair } from './ports/sessions';

export interface FeedbackDeps {
  feedback: FeedbackRepository;
  sessions: SessionRepository;
  programmes: Pick<ProgrammeRepository, 'get'>;
  notifier: FeedbackNotifier;
  audit: AuditLog;
  clock: Clock;
}

const PROBLEM_TEXT = {
  rating_required: 'rate the session from 1 to 5',
  rating_not_applicable: 'only a session that took place is rated',
  objective_required: "say whether the session's objective was met",
  objective_not_applicable: 'only a session that took place meets its objective',
} as const;

/** The session, when the caller is one of its pair; otherwise the same "not found" as for a missing one. */
async function ownSession(deps: FeedbackDeps, caller: Caller, sessionId: string) {
  const s = await deps.sessions.get(caller.tenantId, sessionId);
  if (!s || (s.mentee.aadId !== caller.aadId && s.mentor.aadId !== caller.aadId)) {
    throw new NotFoundError('session_not_found', `Session ${sessionId} does not exist.`);
  }
  return s;
}

const roleOf = (s: SessionWithPair, aadId: string) => (s.mentor.aadId === aadId ? 'mentor' : 'mentee');

export function editableUntil(record: Pick<FeedbackRecord, 'submittedAt'>): Date {
  return new Date(record.submittedAt.getTime() + FEEDBACK_EDIT_DAYS * 86_400_000);
}

/**
 * A person's feedback on a session of theirs: once it has started, editable for a week after the
 * first answer. A repeated or stale submission updates the one answer, never adds another. The
 * session's outcome follows: held when either says it took place, missed when both say it did
 * not, back to "needs a new slot" when it moved.
 */
export async function recordFeedback(
  deps: FeedbackDeps,
  caller: Caller,
  sessionId: string,
  input: FeedbackAnswer,
  source: 'bot' | 'tab',
): Promise<FeedbackRecord> {
  const s = await ownSession(deps, caller, sessionId);
  const now = deps.clock.now();
  if (!s.startsAt || s.startsAt > now) {
    throw new ConflictError('session_not_started', `Session ${s.number} has not taken place yet.`);
  }
  if (s.status === 'cancelled') {
    throw new ConflictError('session_cancelled', `Session ${s.number} was cancelled.`);
  }
  const problems = feedbackProblems(input);
  if (problems.length > 0) {
    throw new InvalidInputError(
      'feedback_incomplete',
      `The feedback is not complete: ${problems.map((p) => PROBLEM_TEXT[p.code]).join('; ')}.`,
      problems.map((p) => ({ path: `body.${p.path}`, message: PROBLEM_TEXT[p.code] })),
    );
  }
  const previous = await deps.feedback.mine(caller.tenantId, caller.aadId, sessionId);
  if (!previous && s.endsAt && now.getTime() > s.endsAt.getTime() + FEEDBACK_LATE_DAYS * 86_400_000) {
    throw new ConflictError(
      'feedback_closed',
      `Feedback on session ${s.number} closed ${FEEDBACK_LATE_DAYS} days after it ended.`,
    );
  }
  if (previous && !canEditFeedback(previous.submittedAt, now)) {
    throw new ConflictError(
      'feedback_closed',
      `Your feedback on session ${s.number} can no longer change (${FEEDBACK_EDIT_DAYS} days after your first answer).`,
    );
  }
  const saved = await deps.feedback.upsert(
    caller.tenantId,
    {
      ...input,
      programmeId: s.programmeId,
      sessionId,
      pairingId: s.pairingId,
      authorAadId: caller.aadId,
      authorRole: roleOf(s, caller.aadId),
      source,
    },
    now,
  );
  await applyOutcome(deps, s, now);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: previous ? 'feedback.updated' : 'feedback.recorded',
    subject: sessionId,
    detail: { tookPlace: input.tookPlace, source },
  });
  return saved;
}

/** Moves the session to what its answers say (see `sessionOutcome`). */
async function applyOutcome(
  deps: Pick<FeedbackDeps, 'feedback' | 'sessions'>,
  s: SessionWithPair,
  now: Date,
) {
  if (!s.endsAt) return;
  const answers = await deps.feedback.forSession(s.tenantId, s.id);
  const outcome = sessionOutcome({ answers, people: 2, endsAt: s.endsAt, now });
  const from = ['booked', 'held', 'missed', 'needs_slot'] as const;
  if (outcome === 'held') {
    await deps.sessions.update(s.tenantId, s.id, { status: 'held', problem: null }, { status: from });
  } else if (outcome === 'missed') {
    await deps.sessions.update(
      s.tenantId,
      s.id,
      { status: 'missed', problem: { code: 'did_not_take_place' } },
      { status: from },
    );
  } else if (outcome === 'moved') {
    await deps.sessions.update(
      s.tenantId,
      s.id,
      { status: 'needs_slot', problem: { code: 'moved' } },
      { status: ['booked', 'held', 'missed'] },
    );
  }
}

export async function myFeedback(
  deps: FeedbackDeps,
  caller: Caller,
  sessionId: string,
): Promise<FeedbackRecord | undefined> {
  await ownSession(deps, caller, sessionId);
  return deps.feedback.mine(caller.tenantId, caller.aadId, sessionId);
}

/**
 * The feedback job: a card to each person shortly after each session's end, one reminder 48 h
 * later to those who have not answered, and sessions nobody confirmed within a week marked missed.
 */
export async function runFeedbackPrompts(
  deps: FeedbackDeps,
  tenantId: string,
  options: { limit?: number } = {},
): Promise<{ sent: number; reminded: number; missed: number; undelivered: number }> {
  const now = deps.clock.now();
  const limit = options.limit ?? 200;
  let sent = 0;
  let reminded = 0;
  let undelivered = 0;
  const due = await deps.feedback.promptsDue(
    tenantId,
    new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000),
    new Date(now.getTime() - FEEDBACK_DELAY_MINUTES * 60_000),
    limit,
  );
  const reminders = await deps.feedback.remindersDue(
    tenantId,
    new Date(now.getTime() - FEEDBACK_REMINDER_HOURS * 3_600_000),
    limit,
  );
  const sessions = new Map<string, SessionWithPair | undefined>();
  const sessionOf = async (id: string) => {
    if (!sessions.has(id)) sessions.set(id, await deps.sessions.get(tenantId, id));
    return sessions.get(id);
  };
  const programmes = new Map<string, Awaited<ReturnType<FeedbackDeps['programmes']['get']>>>();
  const programmeOf = async (id: string) => {
    if (!programmes.has(id)) programmes.set(id, await deps.programmes.get(tenantId, id));
    return programmes.get(id);
  };
  for (const item of [...due, ...reminders]) {
    const s = await sessionOf(item.sessionId);
    if (!s?.startsAt) continue;
    const me = s.mentee.aadId === item.aadId ? s.mentee : s.mentor;
    const partner = me === s.mentee ? s.mentor : s.mentee;
    // Claimed before it is sent: two runs at once (two instances, the demo's "finish") never send it twice.
    if (
      !item.reminder &&
      !(await deps.feedback.recordPrompt(tenantId, item.sessionId, item.aadId, now, false))
    ) {
      continue;
    }
    const programme = await programmeOf(s.programmeId);
    const delivery = await deps.notifier.feedbackRequested(
      tenantId,
      item.aadId,
      {
        sessionId: s.id,
        programmeName: s.programmeName,
        number: s.number,
        of: Math.max(s.seriesLength, s.number),
        theme: s.theme.label,
        objective: s.theme.objective,
        partnerName: partner.displayName,
        startsAt: s.startsAt,
        timeZone: me.timeZone ?? programme?.timeZone ?? 'UTC',
      },
      { reminder: item.reminder },
    );
    if (item.reminder) {
      await deps.feedback.recordReminder(tenantId, item.sessionId, item.aadId, now);
      reminded++;
    } else {
      // Kept even when it could not be delivered: the reminder tries again, once.
      if (delivery === 'sent') await deps.feedback.markPromptDelivered(tenantId, item.sessionId, item.aadId);
      sent++;
    }
    if (delivery !== 'sent') undelivered++;
  }
  const unconfirmed = await deps.feedback.unconfirmedEndedBefore(
    tenantId,
    new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * 86_400_000),
    limit,
  );
  let missed = 0;
  for (const id of unconfirmed) {
    if (
      await deps.sessions.update(
        tenantId,
        id,
        { status: 'missed', problem: { code: 'nobody_confirmed' } },
        { status: 'booked' },
      )
    ) {
      missed++;
    }
  }
  return { sent, reminded, missed, undelivered };
}

/** An admin acknowledges a "I'd like support" request. */
export async function handleSupportRequest(
  deps: FeedbackDeps,
  caller: Caller,
  sessionId: string,
  authorAadId: string,
  isAdmin: (programmeId: string) => Promise<boolean>,
): Promise<void> {
  const s = await deps.sessions.get(caller.tenantId, sessionId);
  if (!s || !(await isAdmin(s.programmeId))) {
    throw new NotFoundError('session_not_found', `Session ${sessionId} does not exist.`);
  }
  if (
    !(await deps.feedback.markSupportHandled(
      caller.tenantId,
      sessionId,
      authorAadId,
      caller.aadId,
      deps.clock.now(),
    ))
  ) {
    throw new NotFoundError('support_request_not_found', 'There is no such support request.');
  }
}
