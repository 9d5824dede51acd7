import type { Principal } from '../auth/token-verifier';
import { ForbiddenError } from '../domain/errors';
import type { Programme } from '../domain/programme';
import { type TenantRole, tenantRolesFromAppRoles } from '../domain/roles';

/** The person behind a request or a bot turn, with their tenant-wide roles. */
export interface Caller {
  tenantId: string;
  aadId: string;
  tenantRoles: TenantRole[];
}

export function callerOf(principal: Principal): Caller {
  return {
    tenantId: principal.tenantId,
    aadId: principal.aadId,
    tenantRoles: tenantRolesFromAppRoles(principal.appRoles),
  };
}

export function isProgrammeAdmin(caller: Caller, programme: Pick<Programme, 'adminAadIds'>): boolean {
  return caller.tenantRoles.includes('admin') || programme.adminAadIds.includes(caller.aadId);
}

export function requireProgrammeAdmin(
  caller: Caller,
  programme: Pick<Programme, 'adminAadIds' | 'name'>,
): void {
  if (!isProgrammeAdmin(caller, programme)) {
    throw new ForbiddenError(
      'not_programme_admin',
      `Only the admins of programme "${programme.name}" can do this.`,
    );
  }
}
