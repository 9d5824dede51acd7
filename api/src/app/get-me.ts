import type { Principal } from '../auth/token-verifier';
import type { Clock } from '../domain/clock';
import { NotFoundError } from '../domain/errors';
import { type TenantRole, tenantRolesFromAppRoles } from '../domain/roles';
import type { Directory } from './ports/directory';
import type { Person, PersonRepository } from './ports/people';
import type { TenantRecord, TenantRepository } from './ports/tenants';

/** A directory profile older than this is refreshed when its owner signs in. */
const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface Me {
  person: Person;
  tenant: TenantRecord;
  roles: TenantRole[];
}

export interface GetMeDeps {
  people: PersonRepository;
  tenants: Pick<TenantRepository, 'get'>;
  directory: Directory;
  clock: Clock;
}

/** The signed-in person, mirrored from the directory on first sight (no one retypes what Microsoft 365 knows). */
export async function getMe(deps: GetMeDeps, principal: Principal): Promise<Me> {
  const tenant = await deps.tenants.get(principal.tenantId);
  if (!tenant)
    throw new NotFoundError('tenant_not_found', `Tenant ${principal.tenantId} is not set up in Binôme.`);
  const now = deps.clock.now();
  let person = await deps.people.findByAadId(principal.tenantId, principal.aadId);
  if (!person || now.getTime() - person.syncedAt.getTime() > PROFILE_MAX_AGE_MS) {
    const fromDirectory = await deps.directory.getUser(principal.aadId);
    if (fromDirectory) person = await deps.people.upsertFromDirectory(principal.tenantId, fromDirectory, now);
  }
  if (!person) {
    throw new NotFoundError(
      'person_not_found',
      `${principal.userPrincipalName || principal.aadId} is not in the directory of tenant ${principal.tenantId}.`,
    );
  }
  return { person, tenant, roles: tenantRolesFromAppRoles(principal.appRoles) };
}
