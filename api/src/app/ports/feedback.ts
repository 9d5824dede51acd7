import type { FeedbackAnswer } from '../../domain/feedback';
import type { Localised } from '../../domain/programme';

export type SurveyKind = 'post' | 'pulse' | 'closing';

export interface FeedbackRecord extends FeedbackAnswer {
  id: string;
  programmeId: string;
  sessionId: string;
  pairingId: string;
  authorAadId: string;
  authorRole: 'mentor' | 'mentee';
  source: 'bot' | 'tab';
  submittedAt: Date;
  updatedAt: Date;
}

export interface SurveyRecord {
  programmeId: string;
  aadId: string;
  role: 'mentor' | 'mentee';
  kind: SurveyKind;
  skills: { skillId: string; level: number }[];
  satisfaction: number | null;
  nps: number | null;
  comment: string;
  private: boolean;
  source: 'bot' | 'tab';
  submittedAt: Date;
}

export interface SurveyRoundRecord {
  programmeId: string;
  kind: SurveyKind;
  openedAt: Date;
  openedBy: string;
  closesAt: Date;
  sent: number;
}

/** A session whose people are due a feedback card (or its reminder). */
export interface FeedbackDue {
  sessionId: string;
  aadId: string;
  reminder: boolean;
}

export interface FeedbackRepository {
  /** Inserts or replaces the author's answer (one per session and person). */
  upsert(
    tenantId: string,
    record: Omit<FeedbackRecord, 'id' | 'submittedAt' | 'updatedAt'>,
    now: Date,
  ): Promise<FeedbackRecord>;
  forSession(tenantId: string, sessionId: string): Promise<FeedbackRecord[]>;
  mine(tenantId: string, aadId: string, sessionId: string): Promise<FeedbackRecord | undefined>;
  /** Cards to send: booked sessions ended since `endedAfter` and before `endedBefore` without a card for someone. */
  promptsDue(tenantId: string, endedAfter: Date, endedBefore: Date, limit: number): Promise<FeedbackDue[]>;
  /** Reminders to send: cards sent before `sentBefore`, never reminded, still unanswered. */
  remindersDue(tenantId: string, sentBefore: Date, limit: number): Promise<FeedbackDue[]>;
  recordPrompt(
    tenantId: string,
    sessionId: string,
    aadId: string,
    at: Date,
    delivered: boolean,
  ): Promise<boolean>;
  recordReminder(tenantId: string, sessionId: string, aadId: string, at: Date): Promise<void>;
  markPromptDelivered(tenantId: string, sessionId: string, aadId: string): Promise<void>;
  /** Booked sessions that ended before `endedBefore` and nobody confirmed: to mark missed. */
  unconfirmedEndedBefore(tenantId: string, endedBefore: Date, limit: number): Promise<string[]>;
  markSupportHandled(
    tenantId: string,
    sessionId: string,
    authorAadId: string,
    by: string,
    at: Date,
  ): Promise<boolean>;

  upsertSurvey(tenantId: string, record: Omit<SurveyRecord, 'submittedAt'>, now: Date): Promise<SurveyRecord>;
  surveysOf(tenantId: string, aadId: string): Promise<SurveyRecord[]>;
  /** Who has answered this survey of the programme. */
  respondents(tenantId: string, programmeId: string, kind: SurveyKind): Promise<string[]>;
  openRound(tenantId: string, round: SurveyRoundRecord): Promise<SurveyRoundRecord>;
  rounds(tenantId: string, programmeId: string): Promise<(SurveyRoundRecord & { answers: number })[]>;
  roundsForPerson(
    tenantId: string,
    aadId: string,
  ): Promise<(SurveyRoundRecord & { programmeName: string })[]>;
  recordRoundSent(tenantId: string, programmeId: string, kind: SurveyKind, sent: number): Promise<void>;
  /** The programme's paired participants, with the skills they rated at sign-up. */
  pairedParticipants(
    tenantId: string,
    programmeId: string,
  ): Promise<{ aadId: string; role: 'mentor' | 'mentee'; skills: { skillId: string; level: number }[] }[]>;
}

export interface FeedbackRequest {
  sessionId: string;
  programmeName: string;
  number: number;
  of: number;
  theme: Localised;
  objective: Localised;
  partnerName: string;
  startsAt: Date;
  timeZone: string;
}

export interface SurveyInvitation {
  programmeId: string;
  programmeName: string;
  kind: SurveyKind;
  role: 'mentor' | 'mentee';
  closesAt: Date;
  /** The programme's zone, for the closing date. */
  timeZone: string;
  skills: { skillId: string; label: Localised; before: number | null }[];
}

export type Delivery = 'sent' | 'no_conversation' | 'failed';

/** Asks people for feedback and surveys in their chat with the bot. */
export interface FeedbackNotifier {
  feedbackRequested(
    tenantId: string,
    aadId: string,
    request: FeedbackRequest,
    options: { reminder: boolean },
  ): Promise<Delivery>;
  surveyOpened(tenantId: string, aadId: string, invitation: SurveyInvitation): Promise<Delivery>;
}
