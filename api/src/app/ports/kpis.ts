/**
 * Programme figures computed in SQL (definitions in docs/kpis.md). Every query starts from the same
 * scope: the programme's participants (optionally one department), the pairs touching them, the
 * sessions of those pairs in the period, and the answers about those sessions.
 */
export interface KpiScope {
  tenantId: string;
  programmeId: string;
  department?: string | undefined;
  /** Inclusive dates (YYYY-MM-DD) on the session's start (or target date) and answers' time. */
  from?: string | undefined;
  to?: string | undefined;
  timeZone: string;
}

export interface RawFigures {
  funnel: { volunteers: number; approved: number; paired: number };
  pairs: { active: number; ended: number };
  sessions: Record<'planned' | 'booked' | 'held' | 'cancelled' | 'missed' | 'needs_slot' | 'failed', number>;
  ratings: { average: number | null; people: number; answers: number };
  ratingsByMonth: { month: string; average: number | null; answers: number }[];
  objectiveAttainment: { value: number | null; people: number };
  responseRate: { prompts: number; answered: number; people: number };
  surveys: { nps: number[]; satisfaction: number[] };
  skills: {
    skillId: string;
    role: 'mentor' | 'mentee';
    before: number | null;
    after: number | null;
    people: number;
  }[];
  /** People with a post survey whose skills rose by one point or more on average, and how many answered. */
  progressed: { improved: number; people: number };
  byDepartment: { department: string; people: number; held: number; averageRating: number | null }[];
  departments: string[];
  pairsAtRiskInput: {
    pairingId: string;
    menteeAadId: string;
    menteeName: string;
    mentorAadId: string;
    mentorName: string;
    approvedAt: Date | null;
    lastHeldAt: Date | null;
    held: number;
    lowRatings: number;
    wouldNotContinue: boolean;
    declines: number;
  }[];
}

export interface CommentRecord {
  sessionId: string;
  authorRole: 'mentor' | 'mentee';
  learned: string;
  shared: string;
  obstacles: string;
  submittedAt: Date;
}

export interface SupportRequestRecord {
  sessionId: string;
  pairingId: string;
  authorAadId: string;
  authorName: string;
  authorRole: 'mentor' | 'mentee';
  obstacles: string;
  submittedAt: Date;
  handledAt: Date | null;
}

export interface KpiRepository {
  figures(scope: KpiScope): Promise<RawFigures>;
  comments(scope: KpiScope, limit: number): Promise<CommentRecord[]>;
  supportRequests(scope: KpiScope, limit: number): Promise<SupportRequestRecord[]>;
  personal(
    tenantId: string,
    programmeId: string,
    aadId: string,
  ): Promise<{ held: number; planned: number; missed: number; myAverageRating: number | null }>;
}
