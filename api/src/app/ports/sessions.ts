import type { SessionThemeSettings } from '../../domain/programme';

export type SessionStatus = 'planned' | 'booked' | 'needs_slot' | 'failed' | 'cancelled' | 'held' | 'missed';

/** Why a session is not (or no longer) booked; `code` is one of the codes the edges localise. */
export interface SessionProblem {
  code: string;
  message?: string;
  detail?: Record<string, unknown>;
}

export interface SessionRecord {
  id: string;
  tenantId: string;
  programmeId: string;
  pairingId: string;
  number: number;
  status: SessionStatus;
  targetDate: string;
  windowFrom: string;
  windowTo: string;
  startsAt: Date | null;
  endsAt: Date | null;
  durationMinutes: number;
  theme: SessionThemeSettings;
  organizerAadId: string;
  transactionId: string;
  eventId: string | null;
  iCalUId: string | null;
  joinUrl: string | null;
  problem: SessionProblem | null;
  attempts: number;
  responses: { email: string; response: string }[];
  responsesCheckedAt: Date | null;
  reproposals: number;
  bookedAt: Date | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}

/** A pair member as scheduling needs them: who, where their mail goes, when they work. */
export interface SessionPerson {
  aadId: string;
  displayName: string;
  /** Mail address, or the user principal name when the directory has none. */
  email: string;
  preferredLanguage: string | null;
  timeZone: string | null;
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: string } | null;
  availability: { days: string[]; dayparts: string[] };
}

export interface SessionWithPair extends SessionRecord {
  programmeName: string;
  /** Sessions in the pair's series. */
  seriesLength: number;
  pairingStatus: 'proposed' | 'active' | 'ended';
  mentee: SessionPerson;
  mentor: SessionPerson;
}

export interface PairToPlan {
  pairingId: string;
  menteeAadId: string;
  mentorAadId: string;
}

export type NewSession = Omit<
  SessionRecord,
  | 'id'
  | 'tenantId'
  | 'programmeId'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'eventId'
  | 'iCalUId'
  | 'joinUrl'
  | 'problem'
  | 'attempts'
  | 'responses'
  | 'responsesCheckedAt'
  | 'reproposals'
  | 'bookedAt'
  | 'cancelledAt'
  | 'cancelledBy'
  | 'cancelReason'
> & { id: string; status?: SessionStatus; problem?: SessionProblem | null };

export type SessionChange = Partial<
  Pick<
    SessionRecord,
    | 'status'
    | 'startsAt'
    | 'endsAt'
    | 'theme'
    | 'eventId'
    | 'iCalUId'
    | 'joinUrl'
    | 'problem'
    | 'attempts'
    | 'responses'
    | 'responsesCheckedAt'
    | 'reproposals'
    | 'bookedAt'
    | 'cancelledAt'
    | 'cancelledBy'
    | 'cancelReason'
  >
>;

export interface SessionCounts {
  total: number;
  planned: number;
  booked: number;
  needsSlot: number;
  failed: number;
  cancelled: number;
  held: number;
  missed: number;
}

export type BookingRunState = 'queued' | 'running' | 'done' | 'failed';

export interface BookingRun {
  id: string;
  programmeId: string;
  tenantId: string;
  state: BookingRunState;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  leaseUntil: Date | null;
  figures: Record<string, number>;
  lastError: string | null;
}

export interface SessionRepository {
  /** Active pairs of the programme with no session yet. */
  pairsToPlan(tenantId: string, programmeId: string): Promise<PairToPlan[]>;
  /** Inserts a pair's series; a series already there (another instance planned it) is left alone. */
  insertMany(tenantId: string, programmeId: string, sessions: readonly NewSession[]): Promise<number>;
  counts(tenantId: string, programmeId: string): Promise<SessionCounts>;
  /** Active pairs holding `planned` sessions, in a stable order, at most `limit`. */
  pairsWithPlannedSessions(tenantId: string, programmeId: string, limit: number): Promise<string[]>;
  /** Every session of these pairs, with the people. */
  forPairs(tenantId: string, pairingIds: readonly string[]): Promise<SessionWithPair[]>;
  get(tenantId: string, sessionId: string): Promise<SessionWithPair | undefined>;
  listForProgramme(
    tenantId: string,
    programmeId: string,
    filter: { status?: SessionStatus; limit: number; offset: number },
  ): Promise<{ items: SessionWithPair[]; total: number }>;
  /** Sessions of the person's pairs (any programme), soonest first. */
  listForPerson(tenantId: string, aadId: string): Promise<SessionWithPair[]>;
  /** Booked sessions still ahead whose attendee responses were read before `checkedBefore`. */
  bookedToCheck(tenantId: string, now: Date, checkedBefore: Date, limit: number): Promise<SessionWithPair[]>;
  /** Compare-and-set on the status when `expect` is given; false when the session moved meanwhile. */
  update(
    tenantId: string,
    sessionId: string,
    change: SessionChange,
    expect?: { status: SessionStatus | readonly SessionStatus[] },
  ): Promise<boolean>;
  /** Sessions of a pair that are still to come (planned, booked or waiting for a slot). */
  openForPairing(tenantId: string, pairingId: string): Promise<SessionWithPair[]>;
  /** Organizers (directory ids) of booked sessions still ahead: the mailboxes worth watching. */
  bookedOrganizers(tenantId: string, now: Date): Promise<string[]>;
  /**
   * Makes the organizer's booked sessions ahead due for a response check at once (their
   * `responsesCheckedAt` cleared): those of one event, or all of the organizer's without one.
   * Returns how many.
   */
  markForCheck(tenantId: string, organizerAadId: string, now: Date, eventId?: string): Promise<number>;

  getRun(tenantId: string, programmeId: string): Promise<BookingRun | undefined>;
  /** Starts a new run unless one is queued or running under a live lease; returns the current run. */
  startRun(tenantId: string, programmeId: string, startedBy: string, now: Date): Promise<BookingRun>;
  /** Takes (or renews) the run's lease; false when another worker holds a live one or the run changed. */
  claimRun(
    tenantId: string,
    programmeId: string,
    runId: string,
    worker: string,
    now: Date,
    leaseUntil: Date,
  ): Promise<boolean>;
  /** Gives the lease up after an error (kept as `lastError`), so a retry or another worker resumes. */
  releaseRun(
    tenantId: string,
    programmeId: string,
    runId: string,
    worker: string,
    now: Date,
    error: string,
  ): Promise<void>;
  addRunFigures(
    tenantId: string,
    programmeId: string,
    runId: string,
    add: Record<string, number>,
  ): Promise<void>;
  finishRun(
    tenantId: string,
    programmeId: string,
    runId: string,
    state: 'done' | 'failed',
    now: Date,
    error?: string,
  ): Promise<void>;
  /** Runs queued or running whose lease has lapsed (their worker died): to resume. */
  stalledRuns(now: Date): Promise<BookingRun[]>;
}
