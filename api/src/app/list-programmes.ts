import type { Principal } from '../auth/token-verifier';
import { type ProgrammeRole, programmeRolesOf, tenantRolesFromAppRoles } from '../domain/roles';
import type { ParticipantRepository } from './ports/participants';
import type { ProgrammeRecord, ProgrammeRepository } from './ports/programmes';

export interface ProgrammeView extends ProgrammeRecord {
  myRoles: ProgrammeRole[];
}

/**
 * Tenant admins see every programme; everyone else those open for sign-up, those that name them
 * and those they take part in — with their roles in each (admin, sponsor, mentor or mentee).
 */
export async function listProgrammes(
  deps: { programmes: ProgrammeRepository; participants: Pick<ParticipantRepository, 'listForPerson'> },
  principal: Principal,
): Promise<ProgrammeView[]> {
  const tenantRoles = tenantRolesFromAppRoles(principal.appRoles);
  const [records, applications] = await Promise.all([
    deps.programmes.listForPerson(principal.tenantId, principal.aadId, {
      all: tenantRoles.includes('admin'),
    }),
    deps.participants.listForPerson(principal.tenantId, principal.aadId),
  ]);
  const taking = new Map(
    applications
      .filter((a) => a.status !== 'withdrawn' && a.status !== 'declined')
      .map((a) => [a.programmeId, a.role]),
  );
  return records.map((record) => {
    const role = taking.get(record.id);
    return {
      ...record,
      myRoles: [
        ...programmeRolesOf(record, { aadId: principal.aadId, tenantRoles }),
        ...(role ? [role] : []),
      ],
    };
  });
}
