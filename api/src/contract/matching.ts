import { z } from 'zod';

const explanation = z.object({ fr: z.string(), en: z.string() });

export const pairingDto = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  mentee: z.object({ aadId: z.string(), displayName: z.string() }),
  mentor: z.object({ aadId: z.string(), displayName: z.string() }),
  status: z.enum(['proposed', 'active', 'ended']),
  score: z.number(),
  locked: z.boolean(),
  explanation,
  proposedAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  endReason: z.string().nullable(),
});
export type PairingDto = z.infer<typeof pairingDto>;

export const matchingDto = z.object({
  proposals: z.array(pairingDto),
  active: z.array(pairingDto),
  unmatched: z.array(
    z.object({
      aadId: z.string(),
      displayName: z.string(),
      role: z.enum(['mentor', 'mentee']),
      reason: z.string(),
      explanation,
    }),
  ),
  rules: z.array(
    z.object({ kind: z.enum(['lock', 'never']), menteeAadId: z.string(), mentorAadId: z.string() }),
  ),
  figures: z
    .object({
      mentees: z.number().int(),
      mentors: z.number().int(),
      paired: z.number().int(),
      total: z.number(),
      optimal: z.boolean(),
      rounds: z.number().int(),
      ms: z.number(),
    })
    .nullable(),
  ranAt: z.iso.datetime().nullable(),
});
export type MatchingDto = z.infer<typeof matchingDto>;

export const pairingRuleInput = z.object({
  kind: z.enum(['lock', 'never']),
  menteeAadId: z.string().min(1).max(64),
  mentorAadId: z.string().min(1).max(64),
});

export const approveInput = z.object({
  /** The proposals to approve, or all of them. */
  pairingIds: z.union([z.literal('all'), z.array(z.uuid()).min(1).max(10_000)]),
});

export const endPairingInput = z.object({
  reason: z.string().trim().min(3, 'say why the pair ends (3 characters at least)').max(1000),
});

export const myPairingDto = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  myRole: z.enum(['mentor', 'mentee']),
  partner: z.object({
    aadId: z.string(),
    displayName: z.string(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    mail: z.string().nullable(),
  }),
  status: z.enum(['proposed', 'active', 'ended']),
  why: explanation,
  approvedAt: z.iso.datetime().nullable(),
});
