/** Entra app roles of Binôme and the tenant-wide roles they grant. */
export const APP_ROLES = { admin: 'Programme.Admin', sponsor: 'Programme.Sponsor' } as const;

export type TenantRole = keyof typeof APP_ROLES;

export function tenantRolesFromAppRoles(appRoles: readonly string[]): TenantRole[] {
  return (Object.keys(APP_ROLES) as TenantRole[]).filter((role) => appRoles.includes(APP_ROLES[role]));
}

export type ProgrammeRole = 'admin' | 'sponsor' | 'mentor' | 'mentee';

/** A person's roles in one programme: named admin or sponsor there, or a tenant-wide admin. */
export function programmeRolesOf(
  programme: { adminAadIds: readonly string[]; sponsorAadIds: readonly string[] },
  person: { aadId: string; tenantRoles: readonly TenantRole[] },
): ProgrammeRole[] {
  const roles: ProgrammeRole[] = [];
  if (programme.adminAadIds.includes(person.aadId) || person.tenantRoles.includes('admin'))
    roles.push('admin');
  if (programme.sponsorAadIds.includes(person.aadId)) roles.push('sponsor');
  return roles;
}
