import type { Principal } from '../auth/token-verifier';
import { type ProgrammeRole, programmeRolesOf, tenantRolesFromAppRoles } from '../domain/roles';
import type { ProgrammeRecord, ProgrammeRepository } from './ports/programmes';

export interface ProgrammeView extends ProgrammeRecord {
  myRoles: ProgrammeRole[];
}

/** Tenant admins see every programme; everyone else those open for sign-up or that name them. */
export async function listProgrammes(
  deps: { programmes: ProgrammeRepository },
  principal: Principal,
): Promise<ProgrammeView[]> {
  const tenantRoles = tenantRolesFromAppRoles(principal.appRoles);
  const records = await deps.programmes.listForPerson(principal.tenantId, principal.aadId, {
    all: tenantRoles.includes('admin'),
  });
  return records.map((record) => ({
    ...record,
    myRoles: programmeRolesOf(record, { aadId: principal.aadId, tenantRoles }),
  }));
}
