import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Eligibility, Localised, Objective, SessionThemeSettings, Skill } from '../domain/programme';
import { PROGRAMME_STATUSES } from '../domain/programme-status';

/** Every table carries `tenant_id`: no query crosses tenants. */
const tenantId = () => text('tenant_id').notNull();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const tenant = pgTable('tenant', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').notNull().generatedAlwaysAs(sql`id`),
  displayName: text('display_name').notNull(),
  mode: text('mode', { enum: ['demo', 'tenant'] }).notNull(),
  createdAt: createdAt(),
});

export interface WorkingHours {
  daysOfWeek: string[];
  startTime: string;
  endTime: string;
  timeZone: string;
}

/** Mirror of the directory (Microsoft Graph users), refreshed by the org sync. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    aadId: text('aad_id').notNull(),
    userPrincipalName: text('user_principal_name').notNull(),
    displayName: text('display_name').notNull(),
    givenName: text('given_name'),
    surname: text('surname'),
    mail: text('mail'),
    department: text('department'),
    jobTitle: text('job_title'),
    officeLocation: text('office_location'),
    employeeType: text('employee_type'),
    managerAadId: text('manager_aad_id'),
    hireDate: date('hire_date'),
    preferredLanguage: text('preferred_language'),
    timeZone: text('time_zone'),
    workingHours: jsonb('working_hours').$type<WorkingHours>(),
    accountEnabled: boolean('account_enabled').notNull().default(true),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the directory stops listing the person; the row stays (participants refer to it). */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** Managers from the direct one to the top, derived from `manager_aad_id` after each sync. */
    managerChain: text('manager_chain').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('person_tenant_aad_uq').on(t.tenantId, t.aadId),
    index('person_tenant_manager_idx').on(t.tenantId, t.managerAadId),
    index('person_tenant_upn_idx').on(t.tenantId, t.userPrincipalName),
    index('person_tenant_department_idx').on(t.tenantId, t.department),
  ],
);

export const programme = pgTable(
  'programme',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: PROGRAMME_STATUSES }).notNull().default('draft'),
    cadence: text('cadence', { enum: ['weekly', 'biweekly', 'monthly'] })
      .notNull()
      .default('monthly'),
    sessionMinutes: integer('session_minutes').notNull().default(60),
    sessionCount: integer('session_count').notNull().default(6),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    mentorCapacity: integer('mentor_capacity').notNull().default(1),
    objectives: jsonb('objectives').$type<Objective[]>().notNull().default([]),
    eligibility: jsonb('eligibility')
      .$type<Eligibility>()
      .notNull()
      .default({ departments: [], offices: [], employeeTypes: [] }),
    skills: jsonb('skills').$type<Skill[]>().notNull().default([]),
    charter: jsonb('charter').$type<Localised | null>(),
    sponsorAadIds: text('sponsor_aad_ids').array().notNull().default(sql`'{}'::text[]`),
    adminAadIds: text('admin_aad_ids').array().notNull().default(sql`'{}'::text[]`),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    /** Empty means the default curriculum (filled in when the programme is saved). */
    sessionThemes: jsonb('session_themes').$type<SessionThemeSettings[]>().notNull().default([]),
    organizer: text('organizer', { enum: ['mentor', 'mentee', 'shared'] })
      .notNull()
      .default('mentor'),
    organizerAadId: text('organizer_aad_id'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('programme_tenant_status_idx').on(t.tenantId, t.status),
    check('programme_session_minutes_ck', sql`${t.sessionMinutes} between 15 and 240`),
    check('programme_mentor_capacity_ck', sql`${t.mentorCapacity} between 1 and 3`),
  ],
);

/** Saved at install or first message, for proactive messages. */
export const conversationRef = pgTable(
  'conversation_ref',
  {
    tenantId: tenantId(),
    aadId: text('aad_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    reference: jsonb('reference').$type<Record<string, unknown>>().notNull(),
    locale: text('locale'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.aadId] })],
);

/** botbuilder Storage items (conversation and user state) with optimistic concurrency. */
export const botState = pgTable(
  'bot_state',
  {
    tenantId: tenantId(),
    key: text('key').notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    etag: integer('etag').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    actorAadId: text('actor_aad_id'),
    action: text('action').notNull(),
    subject: text('subject'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_event_tenant_at_idx').on(t.tenantId, t.at)],
);

export const APPLICATION_STATUS_VALUES = [
  'applied',
  'approved',
  'waitlisted',
  'declined',
  'withdrawn',
  'paired',
] as const;

/** A person's application to one programme, in one role; it carries the pre-programme self-assessment. */
export const participant = pgTable(
  'participant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    aadId: text('aad_id').notNull(),
    role: text('role', { enum: ['mentor', 'mentee'] }).notNull(),
    status: text('status', { enum: APPLICATION_STATUS_VALUES }).notNull().default('applied'),
    skills: jsonb('skills').$type<{ skillId: string; level: number }[]>().notNull().default([]),
    goals: text('goals').notNull().default(''),
    availability: jsonb('availability')
      .$type<{ days: string[]; dayparts: string[] }>()
      .notNull()
      .default({ days: [], dayparts: [] }),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    capacity: integer('capacity').notNull().default(1),
    charterAcceptedAt: timestamp('charter_accepted_at', { withTimezone: true }),
    dataUseAcceptedAt: timestamp('data_use_accepted_at', { withTimezone: true }),
    source: text('source', { enum: ['bot', 'tab'] }).notNull(),
    reviewMessage: text('review_message'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('participant_programme_person_uq').on(t.tenantId, t.programmeId, t.aadId),
    index('participant_programme_status_idx').on(t.tenantId, t.programmeId, t.status),
    index('participant_person_idx').on(t.tenantId, t.aadId),
    check('participant_capacity_ck', sql`${t.capacity} between 1 and 3`),
  ],
);

/**
 * Directory sync bookkeeping, one row per tenant: where the next `users/delta` round starts and
 * what the last runs did. Failures are kept here as data, not only in logs.
 */
export const directorySync = pgTable('directory_sync', {
  tenantId: text('tenant_id').primaryKey(),
  deltaLink: text('delta_link'),
  lastFullSyncAt: timestamp('last_full_sync_at', { withTimezone: true }),
  lastDeltaAt: timestamp('last_delta_at', { withTimezone: true }),
  lastRunStartedAt: timestamp('last_run_started_at', { withTimezone: true }),
  lastRunFinishedAt: timestamp('last_run_finished_at', { withTimezone: true }),
  lastRunKind: text('last_run_kind', { enum: ['full', 'delta'] }),
  counts: jsonb('counts').$type<DirectorySyncCounts>(),
  lastError: text('last_error'),
  lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
  updatedAt: updatedAt(),
});

export interface DirectorySyncCounts {
  seen: number;
  upserted: number;
  removed: number;
  mailboxSettings: number;
  managersChanged: number;
  chainsChanged: number;
}

/**
 * The last period each recurring job was enqueued for. Instances race for a period with one
 * compare-and-set update, so a nightly job runs once however many instances are up.
 */
export const jobSchedule = pgTable('job_schedule', {
  name: text('name').primaryKey(),
  lastPeriodAt: timestamp('last_period_at', { withTimezone: true }).notNull(),
  updatedAt: updatedAt(),
});

export const PAIRING_STATUSES = ['proposed', 'active', 'ended'] as const;

/** A binôme: proposed by matching, active once the admin approves, ended with a reason. */
export const pairing = pgTable(
  'pairing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    menteeAadId: text('mentee_aad_id').notNull(),
    mentorAadId: text('mentor_aad_id').notNull(),
    status: text('status', { enum: PAIRING_STATUSES }).notNull().default('proposed'),
    score: doublePrecision('score').notNull(),
    /** The per-criterion explanation (structured; rendered in FR/EN at the edges). */
    criteria: jsonb('criteria').$type<unknown[]>().notNull().default([]),
    locked: boolean('locked').notNull().default(false),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: text('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    index('pairing_programme_status_idx').on(t.tenantId, t.programmeId, t.status),
    uniqueIndex('pairing_open_mentee_uq')
      .on(t.tenantId, t.programmeId, t.menteeAadId)
      .where(sql`${t.status} <> 'ended'`),
  ],
);

/** Admin rules for matching: a pair that must be formed (lock) or never (never). */
export const pairingRule = pgTable(
  'pairing_rule',
  {
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['lock', 'never'] }).notNull(),
    menteeAadId: text('mentee_aad_id').notNull(),
    mentorAadId: text('mentor_aad_id').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.programmeId, t.kind, t.menteeAadId, t.mentorAadId] })],
);

/** The outcome of the latest matching run: figures and why some people are unmatched. */
export const matchingRun = pgTable(
  'matching_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    ranBy: text('ran_by').notNull(),
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
    unmatched: jsonb('unmatched').$type<unknown[]>().notNull().default([]),
  },
  (t) => [index('matching_run_programme_idx').on(t.tenantId, t.programmeId, t.ranAt)],
);

export const SESSION_STATUSES = [
  'planned',
  'booked',
  'needs_slot',
  'failed',
  'cancelled',
  'held',
  'missed',
] as const;

/** Why a session is not (or no longer) booked, as data the tab and the bot can explain. */
export interface SessionProblem {
  code: string;
  message?: string;
  detail?: Record<string, unknown>;
}

export interface SessionAttendeeResponse {
  email: string;
  response: string;
}

/**
 * One session of a pair's series. `planned` rows wait for a slot or for their event; once a slot
 * is chosen it is written here before the event is created, and the event is created with
 * `transaction_id`, so a retry after a crash gives back the same event rather than a second one.
 */
export const session = pgTable(
  'session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    pairingId: uuid('pairing_id')
      .notNull()
      .references(() => pairing.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    targetDate: date('target_date').notNull(),
    windowFrom: date('window_from').notNull(),
    windowTo: date('window_to').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes').notNull(),
    theme: jsonb('theme').$type<SessionThemeSettings>().notNull(),
    organizerAadId: text('organizer_aad_id').notNull(),
    transactionId: text('transaction_id').notNull(),
    eventId: text('event_id'),
    iCalUId: text('ical_uid'),
    joinUrl: text('join_url'),
    problem: jsonb('problem').$type<SessionProblem | null>(),
    attempts: integer('attempts').notNull().default(0),
    responses: jsonb('responses').$type<SessionAttendeeResponse[]>().notNull().default([]),
    responsesCheckedAt: timestamp('responses_checked_at', { withTimezone: true }),
    reproposals: integer('reproposals').notNull().default(0),
    bookedAt: timestamp('booked_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('session_pairing_number_uq').on(t.tenantId, t.pairingId, t.number),
    uniqueIndex('session_transaction_uq').on(t.tenantId, t.transactionId),
    index('session_programme_status_idx').on(t.tenantId, t.programmeId, t.status),
    index('session_status_start_idx').on(t.tenantId, t.status, t.startsAt),
    // The dashboard reads the sessions of a programme's pairs from this index alone (index-only scan).
    index('session_pairing_scope_idx').on(t.pairingId, t.status, t.startsAt, t.targetDate, t.id),
  ],
);

/**
 * The latest bulk booking of a programme: who started it, where it stands and the lease of the
 * worker running it (a worker that dies lets its lease lapse and another instance takes over).
 */
export const bookingRun = pgTable(
  'booking_run',
  {
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    state: text('state', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leaseHolder: text('lease_holder'),
    /** Graph round-trips and slices so far, for the admin and the benchmark. */
    figures: jsonb('figures').$type<Record<string, number>>().notNull().default({}),
    lastError: text('last_error'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.programmeId] })],
);

export const FEEDBACK_TOOK_PLACE = ['yes', 'no', 'moved'] as const;
export const FEEDBACK_OBJECTIVE_MET = ['yes', 'partly', 'no'] as const;
export const FEEDBACK_CONTINUE = ['yes', 'unsure', 'no'] as const;

/**
 * One person's feedback on one session (the mentor's and the mentee's are separate rows). The
 * "continue with this partner?" signal and private comments never reach the partner; editable for
 * 7 days after the first answer.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => session.id, { onDelete: 'cascade' }),
    pairingId: uuid('pairing_id').notNull(),
    authorAadId: text('author_aad_id').notNull(),
    authorRole: text('author_role', { enum: ['mentor', 'mentee'] }).notNull(),
    tookPlace: text('took_place', { enum: FEEDBACK_TOOK_PLACE }).notNull(),
    rating: integer('rating'),
    objectiveMet: text('objective_met', { enum: FEEDBACK_OBJECTIVE_MET }),
    learned: text('learned').notNull().default(''),
    shared: text('shared').notNull().default(''),
    obstacles: text('obstacles').notNull().default(''),
    wantsSupport: boolean('wants_support').notNull().default(false),
    continueWithPartner: text('continue_with_partner', { enum: FEEDBACK_CONTINUE }),
    /** Free texts kept from admins too: only the author sees them. */
    private: boolean('private').notNull().default(false),
    source: text('source', { enum: ['bot', 'tab'] }).notNull(),
    supportHandledAt: timestamp('support_handled_at', { withTimezone: true }),
    supportHandledBy: text('support_handled_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('feedback_session_author_uq').on(t.tenantId, t.sessionId, t.authorAadId),
    index('feedback_programme_idx').on(t.tenantId, t.programmeId, t.submittedAt),
    check('feedback_rating_ck', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** The feedback card sent to one person for one session, and its single reminder. */
export const feedbackPrompt = pgTable(
  'feedback_prompt',
  {
    tenantId: tenantId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => session.id, { onDelete: 'cascade' }),
    aadId: text('aad_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    delivered: boolean('delivered').notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sessionId, t.aadId] }),
    index('feedback_prompt_sent_idx').on(t.tenantId, t.sentAt),
  ],
);

export const SURVEY_KINDS = ['post', 'pulse', 'closing'] as const;

/**
 * A programme survey answer: the post-programme self-assessment (same skills and scale as the
 * sign-up one), the mid-programme pulse (satisfaction, NPS) or the closing survey.
 */
export const surveyResponse = pgTable(
  'survey_response',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    aadId: text('aad_id').notNull(),
    role: text('role', { enum: ['mentor', 'mentee'] }).notNull(),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    skills: jsonb('skills').$type<{ skillId: string; level: number }[]>().notNull().default([]),
    satisfaction: integer('satisfaction'),
    nps: integer('nps'),
    comment: text('comment').notNull().default(''),
    private: boolean('private').notNull().default(false),
    source: text('source', { enum: ['bot', 'tab'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('survey_response_person_kind_uq').on(t.tenantId, t.programmeId, t.aadId, t.kind),
    index('survey_response_programme_idx').on(t.tenantId, t.programmeId, t.kind),
    check('survey_satisfaction_ck', sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`),
    check('survey_nps_ck', sql`${t.nps} is null or ${t.nps} between 0 and 10`),
  ],
);

/** When each survey was opened for a programme's participants (cards sent by the bot). */
export const surveyRound = pgTable(
  'survey_round',
  {
    tenantId: tenantId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: text('opened_by').notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    sent: integer('sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.programmeId, t.kind] })],
);

/**
 * A Graph change-notification subscription on one organizer's calendar events: Outlook tells
 * Binôme when an attendee answers. `client_state` is a secret of this subscription only; a
 * notification that does not carry it is ignored.
 */
export const calendarSubscription = pgTable(
  'calendar_subscription',
  {
    tenantId: tenantId(),
    organizerAadId: text('organizer_aad_id').notNull(),
    subscriptionId: text('subscription_id').notNull(),
    clientState: text('client_state').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.organizerAadId] }),
    uniqueIndex('calendar_subscription_id_uq').on(t.tenantId, t.subscriptionId),
  ],
);
