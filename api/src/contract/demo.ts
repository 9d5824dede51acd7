import { z } from 'zod';

/** Public, unauthenticated bootstrap settings for the tab (`GET /tab-config.json`). */
export const tabConfigDto = z.object({
  mode: z.enum(['demo', 'tenant']),
  clientId: z.string(),
  /** Present in demo mode: where the dev sign-in lives. */
  demoSignIn: z.boolean(),
});
export type TabConfigDto = z.infer<typeof tabConfigDto>;

export const demoPersonaDto = z.object({
  persona: z.enum(['admin', 'sponsor', 'mentor', 'mentee']),
  userPrincipalName: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
});
export type DemoPersonaDto = z.infer<typeof demoPersonaDto>;

export const demoPeopleDto = z.object({ personas: z.array(demoPersonaDto) });

export const demoTokenRequest = z.object({
  upn: z.string().min(3).max(320),
});

export const demoTokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
});
