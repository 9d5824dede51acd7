import { z } from 'zod';

export const directorySyncRequest = z
  .object({
    /** Read the whole directory again instead of the changes since the last sync. */
    full: z.boolean().default(false),
  })
  .default({ full: false });

export const directorySyncCountsDto = z.object({
  seen: z.number().int(),
  upserted: z.number().int(),
  removed: z.number().int(),
  mailboxSettings: z.number().int(),
  managersChanged: z.number().int(),
  chainsChanged: z.number().int(),
});

export const directorySyncStateDto = z.object({
  lastFullSyncAt: z.iso.datetime().nullable(),
  lastDeltaAt: z.iso.datetime().nullable(),
  lastRunKind: z.enum(['full', 'delta']).nullable(),
  lastRunStartedAt: z.iso.datetime().nullable(),
  lastRunFinishedAt: z.iso.datetime().nullable(),
  /** Whether the next run can read only the changes. */
  incremental: z.boolean(),
  counts: directorySyncCountsDto.nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.iso.datetime().nullable(),
});
export type DirectorySyncStateDto = z.infer<typeof directorySyncStateDto>;

export const directorySyncAcceptedDto = z.object({ jobId: z.string() });

export const directorySyncJobDto = z.object({
  id: z.string(),
  state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']),
  full: z.boolean(),
  retryCount: z.number().int(),
  progress: z.record(z.string(), z.number()).nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
});
export type DirectorySyncJobDto = z.infer<typeof directorySyncJobDto>;
