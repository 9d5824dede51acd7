import type { ChangedUser, DirectoryMailboxSettings, ListedUser } from './directory';

export interface DirectorySyncCounts {
  /** Users the run read from the directory (listed, or changed in the delta round). */
  seen: number;
  upserted: number;
  removed: number;
  mailboxSettings: number;
  managersChanged: number;
  chainsChanged: number;
}

export type DirectorySyncKind = 'full' | 'delta';

export interface DirectorySyncState {
  tenantId: string;
  deltaLink: string | null;
  lastFullSyncAt: Date | null;
  lastDeltaAt: Date | null;
  lastRunKind: DirectorySyncKind | null;
  lastRunStartedAt: Date | null;
  lastRunFinishedAt: Date | null;
  counts: DirectorySyncCounts | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

/** The `person` mirror and the sync's bookkeeping, as the directory sync writes them. */
export interface DirectorySyncStore {
  getState(tenantId: string): Promise<DirectorySyncState | undefined>;
  recordStart(tenantId: string, kind: DirectorySyncKind, at: Date): Promise<void>;
  recordSuccess(
    tenantId: string,
    run: { kind: DirectorySyncKind; deltaLink: string; counts: DirectorySyncCounts; at: Date },
  ): Promise<void>;
  recordFailure(tenantId: string, message: string, at: Date): Promise<void>;
  /** Inserts or refreshes people (clearing `removed_at`); returns how many rows were written. */
  upsertPeople(tenantId: string, users: readonly (ListedUser | ChangedUser)[], at: Date): Promise<number>;
  /** Returns how many people's manager changed. */
  setManagers(tenantId: string, managers: ReadonlyMap<string, string | null>): Promise<number>;
  setMailboxSettings(
    tenantId: string,
    settings: ReadonlyMap<string, DirectoryMailboxSettings>,
  ): Promise<number>;
  markRemoved(tenantId: string, aadIds: readonly string[], at: Date): Promise<number>;
  /** Marks removed everyone a full listing did not refresh (synced before `listedSince`). */
  markUnlistedRemoved(tenantId: string, listedSince: Date, at: Date): Promise<number>;
  /** Ids of the tenant's people still in the directory that have a mail address. */
  mailboxIds(tenantId: string, among?: readonly string[]): Promise<string[]>;
  /** Rebuilds `manager_chain` from the stored manager ids; returns how many chains changed. */
  recomputeManagerChains(tenantId: string): Promise<number>;
}
