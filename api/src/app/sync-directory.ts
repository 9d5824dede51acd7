import type { Clock } from '../domain/clock';
import { DeltaLinkExpiredError, type DirectorySyncSource } from './ports/directory';
import type { DirectorySyncCounts, DirectorySyncKind, DirectorySyncStore } from './ports/directory-sync';
import type { JobProgress } from './ports/jobs';

export interface SyncDirectoryDeps {
  source: DirectorySyncSource;
  store: DirectorySyncStore;
  clock: Clock;
}

export interface SyncDirectoryRequest {
  tenantId: string;
  /** Read everything again even when a delta link is kept. */
  full?: boolean;
  progress?: (counters: JobProgress) => Promise<void>;
}

/**
 * Delta rounds do not report a manager change on its own unless `manager` is selected, which not
 * every Graph endpoint accepts; a periodic full listing corrects whatever a delta missed.
 */
export const FULL_SYNC_EVERY_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const zero = (): DirectorySyncCounts => ({
  seen: 0,
  upserted: 0,
  removed: 0,
  mailboxSettings: 0,
  managersChanged: 0,
  chainsChanged: 0,
});

/**
 * Mirrors the directory into `person`: a full listing when there is no delta link (or it expired,
 * or the last full one is old), else the changes since the delta link. Idempotent: running it
 * twice leaves the same rows. A failure is recorded on the sync state, then rethrown so the job
 * is retried.
 */
export async function syncDirectory(
  deps: SyncDirectoryDeps,
  request: SyncDirectoryRequest,
): Promise<{ kind: DirectorySyncKind; counts: DirectorySyncCounts }> {
  const { store, clock } = deps;
  const { tenantId } = request;
  const state = await store.getState(tenantId);
  const fullIsOld =
    !state?.lastFullSyncAt ||
    clock.now().getTime() - state.lastFullSyncAt.getTime() > FULL_SYNC_EVERY_DAYS * DAY_MS;
  try {
    if (request.full || !state?.deltaLink || fullIsOld) return await fullSync(deps, request);
    try {
      return await deltaSync(deps, request, state.deltaLink);
    } catch (error) {
      if (error instanceof DeltaLinkExpiredError) return await fullSync(deps, request);
      throw error;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await store.recordFailure(tenantId, message, clock.now());
    throw error;
  }
}

async function fullSync(
  { source, store, clock }: SyncDirectoryDeps,
  { tenantId, progress }: SyncDirectoryRequest,
): Promise<{ kind: 'full'; counts: DirectorySyncCounts }> {
  const startedAt = clock.now();
  await store.recordStart(tenantId, 'full', startedAt);
  const counts = zero();
  // Taken first, so changes made while the listing runs come in the next delta round.
  const deltaLink = await source.latestDeltaLink();
  const managers = new Map<string, string | null>();
  await source.listUsers(async (users) => {
    counts.seen += users.length;
    counts.upserted += await store.upsertPeople(tenantId, users, startedAt);
    for (const user of users) managers.set(user.aadId, user.managerAadId);
    await progress?.({ listed: counts.seen });
  });
  counts.managersChanged = await store.setManagers(tenantId, managers);
  // An empty listing is a broken read, not a tenant without people: remove nobody then.
  if (counts.seen > 0) counts.removed = await store.markUnlistedRemoved(tenantId, startedAt, clock.now());
  await readMailboxSettings({ source, store }, tenantId, await store.mailboxIds(tenantId), counts, progress);
  counts.chainsChanged = await store.recomputeManagerChains(tenantId);
  await store.recordSuccess(tenantId, { kind: 'full', deltaLink, counts, at: clock.now() });
  return { kind: 'full', counts };
}

async function deltaSync(
  { source, store, clock }: SyncDirectoryDeps,
  { tenantId, progress }: SyncDirectoryRequest,
  deltaLink: string,
): Promise<{ kind: 'delta'; counts: DirectorySyncCounts }> {
  const startedAt = clock.now();
  await store.recordStart(tenantId, 'delta', startedAt);
  const counts = zero();
  const changed = new Set<string>();
  const next = await source.changesSince(deltaLink, async (page) => {
    counts.seen += page.changed.length + page.removedIds.length;
    counts.upserted += await store.upsertPeople(tenantId, page.changed, startedAt);
    counts.removed += await store.markRemoved(tenantId, page.removedIds, startedAt);
    for (const user of page.changed) changed.add(user.aadId);
    for (const id of page.removedIds) changed.delete(id);
    await progress?.({ listed: counts.seen });
  });
  const ids = [...changed];
  counts.managersChanged = await store.setManagers(tenantId, await source.getManagers(ids));
  await readMailboxSettings(
    { source, store },
    tenantId,
    await store.mailboxIds(tenantId, ids),
    counts,
    progress,
  );
  counts.chainsChanged = await store.recomputeManagerChains(tenantId);
  await store.recordSuccess(tenantId, { kind: 'delta', deltaLink: next, counts, at: clock.now() });
  return { kind: 'delta', counts };
}

async function readMailboxSettings(
  { source, store }: Pick<SyncDirectoryDeps, 'source' | 'store'>,
  tenantId: string,
  ids: string[],
  counts: DirectorySyncCounts,
  progress: SyncDirectoryRequest['progress'],
): Promise<void> {
  await source.getMailboxSettings(ids, async (chunk) => {
    counts.mailboxSettings += await store.setMailboxSettings(tenantId, chunk);
    await progress?.({ listed: counts.seen, mailboxSettings: counts.mailboxSettings, mailboxes: ids.length });
  });
}
