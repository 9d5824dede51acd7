import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response. */
export const problemDto = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** Stable codes of every reason a request was refused (e.g. a lifecycle move), for clients to localise. */
  reasons: z.array(z.string()).optional(),
});
export type ProblemDto = z.infer<typeof problemDto>;
