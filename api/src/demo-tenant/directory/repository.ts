import { and, asc, count, desc, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../store/db';
import type { CalendarDirectory, CalendarPerson } from '../calendar/directory-port';
import type { DemoPersona, DemoPersonaKind, DemoUserInfo } from '../contract';
import { type DemoUserRow, demoDirectory, demoUser } from './schema';
import { PERSONA_SLOTS } from './seed/types';

export type UserOrder =
  | { property: 'displayName' | 'userPrincipalName'; direction: 'asc' | 'desc' }
  | undefined;

/** The properties `PATCH /users/{id}` may change in the demo tenant. */
export interface UserChanges {
  department?: string | null;
  jobTitle?: string | null;
  officeLocation?: string | null;
  employeeType?: string | null;
  accountEnabled?: boolean;
  mobilePhone?: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads and writes the demo directory of one tenant. The Graph routes, the calendar half
 * (through `CalendarDirectory`) and the sign-in page all go through it.
 */
export class DirectoryRepository implements CalendarDirectory {
  constructor(
    private readonly handle: DatabaseHandle,
    readonly tenantId: string,
  ) {}

  private get db() {
    return this.handle.db;
  }

  private live(...conditions: (SQL | undefined)[]): SQL {
    return and(eq(demoUser.tenantId, this.tenantId), isNull(demoUser.deletedAt), ...conditions)!;
  }

  /** By object id or user principal name (case-insensitive), as Graph resolves `/users/{id}`. */
  async find(idOrUpn: string): Promise<DemoUserRow | undefined> {
    const key = idOrUpn.trim();
    const match = GUID.test(key)
      ? eq(demoUser.id, key.toLowerCase())
      : sql`lower(${demoUser.userPrincipalName}) = ${key.toLowerCase()}`;
    const [row] = await this.db.select().from(demoUser).where(this.live(match)).limit(1);
    return row;
  }

  async list(options: {
    where?: SQL;
    order: UserOrder;
    offset: number;
    limit: number;
  }): Promise<DemoUserRow[]> {
    const order = options.order
      ? [
          (options.order.direction === 'desc' ? desc : asc)(
            options.order.property === 'displayName' ? demoUser.displayName : demoUser.userPrincipalName,
          ),
          asc(demoUser.seq),
        ]
      : [asc(demoUser.seq)];
    return this.db
      .select()
      .from(demoUser)
      .where(this.live(options.where))
      .orderBy(...order)
      .offset(options.offset)
      .limit(options.limit);
  }

  async count(where?: SQL): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(demoUser).where(this.live(where));
    return Number(row?.n ?? 0);
  }

  async directReports(managerId: string): Promise<DemoUserRow[]> {
    return this.db
      .select()
      .from(demoUser)
      .where(this.live(eq(demoUser.managerId, managerId)))
      .orderBy(asc(demoUser.seq));
  }

  async byIds(ids: string[]): Promise<DemoUserRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .select()
      .from(demoUser)
      .where(this.live(inArray(demoUser.id, ids)));
  }

  /** The manager chain upwards, nearest first; at most `levels` people. */
  async managerChain(user: DemoUserRow, levels: number): Promise<DemoUserRow[]> {
    const chain: DemoUserRow[] = [];
    let current = user;
    while (current.managerId && chain.length < levels) {
      const [manager] = await this.db
        .select()
        .from(demoUser)
        .where(this.live(eq(demoUser.id, current.managerId)))
        .limit(1);
      if (!manager || chain.some((m) => m.id === manager.id)) break;
      chain.push(manager);
      current = manager;
    }
    return chain;
  }

  /** The latest change version; delta tokens are cut against it. */
  async currentVersion(): Promise<number> {
    const [row] = await this.db
      .select({ version: demoDirectory.changeVersion })
      .from(demoDirectory)
      .where(eq(demoDirectory.tenantId, this.tenantId));
    return Number(row?.version ?? 0);
  }

  /** Users (deleted ones included) changed in (since, until], after `afterSeq` in list order. */
  async changedSince(options: { since: number; until: number; afterSeq: number; limit: number }) {
    const initial = options.since < 0;
    return this.db
      .select()
      .from(demoUser)
      .where(
        and(
          eq(demoUser.tenantId, this.tenantId),
          gt(demoUser.seq, options.afterSeq),
          initial ? isNull(demoUser.deletedAt) : gt(demoUser.changeVersion, options.since),
          lte(demoUser.changeVersion, options.until),
        ),
      )
      .orderBy(asc(demoUser.seq))
      .limit(options.limit);
  }

  /** Applies changes under a new change version; false when the user does not exist. */
  async update(id: string, changes: UserChanges | { deletedAt: Date }): Promise<boolean> {
    return this.db
      .transaction(async (tx) => {
        const [version] = await tx
          .update(demoDirectory)
          .set({ changeVersion: sql`${demoDirectory.changeVersion} + 1` })
          .where(eq(demoDirectory.tenantId, this.tenantId))
          .returning({ value: demoDirectory.changeVersion });
        if (!version) return false;
        const updated = await tx
          .update(demoUser)
          .set({ ...changes, changeVersion: version.value })
          .where(this.live(eq(demoUser.id, id)))
          .returning({ id: demoUser.id });
        if (updated.length === 0) tx.rollback();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TransactionRollbackError') return false;
        throw error;
      });
  }

  async allUserIds(): Promise<string[]> {
    const rows = await this.db
      .select({ id: demoUser.id })
      .from(demoUser)
      .where(this.live())
      .orderBy(asc(demoUser.seq));
    return rows.map((row) => row.id);
  }

  async personas(): Promise<DemoPersona[]> {
    const rows = await this.db
      .select()
      .from(demoUser)
      .where(this.live(sql`${demoUser.persona} is not null`));
    return rows
      .sort((a, b) => PERSONA_SLOTS.indexOf(a.persona as never) - PERSONA_SLOTS.indexOf(b.persona as never))
      .map((row) => ({ ...userInfo(row), persona: row.persona!.split('-')[0] as DemoPersonaKind }));
  }

  async findInfo(idOrUpn: string): Promise<DemoUserInfo | undefined> {
    const row = await this.find(idOrUpn);
    return row ? userInfo(row) : undefined;
  }

  /** For the calendar half: also by mail, as mailboxes are addressed in getSchedule. */
  async findPerson(idOrUpn: string): Promise<CalendarPerson | undefined> {
    const row =
      (await this.find(idOrUpn)) ??
      (
        await this.db
          .select()
          .from(demoUser)
          .where(this.live(sql`lower(${demoUser.mail}) = ${idOrUpn.trim().toLowerCase()}`))
          .limit(1)
      )[0];
    return row ? calendarPerson(row) : undefined;
  }
}

export function userInfo(row: DemoUserRow): DemoUserInfo {
  return {
    id: row.id,
    userPrincipalName: row.userPrincipalName,
    displayName: row.displayName,
    jobTitle: row.jobTitle,
    department: row.department,
    preferredLanguage: row.preferredLanguage,
    appRoles: row.appRoles,
  };
}

export function calendarPerson(row: DemoUserRow): CalendarPerson {
  return {
    id: row.id,
    userPrincipalName: row.userPrincipalName,
    displayName: row.displayName,
    mail: row.mail,
    department: row.department,
    country: row.usageLocation,
    timeZone: row.mailboxSettings.timeZone,
    workingHours: row.mailboxSettings.workingHours,
  };
}
