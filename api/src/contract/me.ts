import { z } from 'zod';

export const personDto = z.object({
  id: z.uuid(),
  aadId: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  mail: z.string().nullable(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
  officeLocation: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  timeZone: z.string().nullable(),
});
export type PersonDto = z.infer<typeof personDto>;

export const tenantDto = z.object({
  id: z.string(),
  displayName: z.string(),
  mode: z.enum(['demo', 'tenant']),
});

/** Tenant-wide roles: from the token's app roles (`Programme.Admin`, `Programme.Sponsor`). */
export const tenantRole = z.enum(['admin', 'sponsor']);
export type TenantRole = z.infer<typeof tenantRole>;

export const meDto = z.object({
  person: personDto,
  tenant: tenantDto,
  roles: z.array(tenantRole),
});
export type MeDto = z.infer<typeof meDto>;
