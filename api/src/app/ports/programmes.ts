import type { Programme } from '../../domain/programme';
import type { ProgrammeStatus } from '../../domain/programme-status';

export type ProgrammeRecord = Programme;

export type ProgrammeSettings = Omit<Programme, 'id' | 'tenantId' | 'status' | 'createdAt' | 'updatedAt'>;

export interface ProgrammeCounts {
  approvedMentors: number;
  approvedMentees: number;
  activePairs: number;
  bookedSessionsAhead: number;
}

export interface ProgrammeRepository {
  /** Programmes of a tenant that are open for sign-up or that name this person (admin or sponsor). */
  listForPerson(tenantId: string, aadId: string, options: { all: boolean }): Promise<ProgrammeRecord[]>;
  get(tenantId: string, programmeId: string): Promise<ProgrammeRecord | undefined>;
  create(tenantId: string, settings: ProgrammeSettings, createdBy: string): Promise<ProgrammeRecord>;
  update(tenantId: string, programmeId: string, settings: ProgrammeSettings): Promise<ProgrammeRecord>;
  /** Compare-and-set, so two admins moving the same programme at once cannot both win. */
  setStatus(
    tenantId: string,
    programmeId: string,
    from: ProgrammeStatus,
    to: ProgrammeStatus,
  ): Promise<boolean>;
  counts(tenantId: string, programmeId: string, now: Date): Promise<ProgrammeCounts>;
}
