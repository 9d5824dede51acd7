import type { Daypart, ParticipantRole, RatedSkill, Weekday } from '../../domain/application';

/** An approved volunteer with the directory facts pairing needs. */
export interface MatchingCandidateRow {
  participantId: string;
  aadId: string;
  role: ParticipantRole;
  displayName: string;
  givenName: string | null;
  department: string | null;
  officeLocation: string | null;
  hireDate: string | null;
  managerChain: string[];
  timeZone: string | null;
  workingHours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: string } | null;
  languages: string[];
  skills: RatedSkill[];
  availability: { days: Weekday[]; dayparts: Daypart[] };
  capacity: number;
}

export interface PairingRecord {
  id: string;
  programmeId: string;
  menteeAadId: string;
  mentorAadId: string;
  status: 'proposed' | 'active' | 'ended';
  score: number;
  criteria: unknown[];
  locked: boolean;
  proposedAt: Date;
  approvedAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
}

export interface PairingRuleRecord {
  kind: 'lock' | 'never';
  menteeAadId: string;
  mentorAadId: string;
}

export interface MatchingRunRecord {
  ranAt: Date;
  figures: Record<string, unknown>;
  unmatched: unknown[];
}

export interface PairingRepository {
  /** Approved volunteers not yet in an active pair, and the mentors' remaining capacity. */
  candidates(tenantId: string, programmeId: string): Promise<MatchingCandidateRow[]>;
  list(tenantId: string, programmeId: string, statuses: PairingRecord['status'][]): Promise<PairingRecord[]>;
  listForPerson(tenantId: string, aadId: string): Promise<PairingRecord[]>;
  get(tenantId: string, pairingId: string): Promise<PairingRecord | undefined>;
  /** Replaces the proposals of a programme with a new matching run's, in one transaction. */
  replaceProposals(
    tenantId: string,
    programmeId: string,
    proposals: Omit<
      PairingRecord,
      'id' | 'programmeId' | 'status' | 'proposedAt' | 'approvedAt' | 'endedAt' | 'endReason'
    >[],
    run: { ranBy: string; figures: Record<string, unknown>; unmatched: unknown[] },
  ): Promise<void>;
  latestRun(tenantId: string, programmeId: string): Promise<MatchingRunRecord | undefined>;
  rules(tenantId: string, programmeId: string): Promise<PairingRuleRecord[]>;
  addRule(tenantId: string, programmeId: string, rule: PairingRuleRecord, by: string): Promise<void>;
  removeRule(tenantId: string, programmeId: string, rule: PairingRuleRecord): Promise<boolean>;
  /** Proposed → active, and both people's applications → paired; returns the pairs approved. */
  approve(
    tenantId: string,
    programmeId: string,
    pairingIds: string[] | 'all',
    by: string,
    at: Date,
  ): Promise<PairingRecord[]>;
  /** Active → ended with a reason; both people's applications go back to approved, ready to re-pair. */
  end(tenantId: string, pairingId: string, reason: string, by: string, at: Date): Promise<PairingRecord>;
}
