import { fileURLToPath } from 'node:url';
import { getTableColumns, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock';
import { type DatabaseHandle, migrateDatabase } from '../../store/db';
import { demoDirectory, demoUser } from './schema';
import { generateDirectory } from './seed/generate';
import type { SeedUser } from './seed/types';

export const DIRECTORY_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
export const DIRECTORY_MIGRATIONS_TABLE = '__demo_directory_migrations';

/** Rows per INSERT statement. */
const CHUNK = 2500;

export async function migrateDirectory(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle, DIRECTORY_MIGRATIONS, DIRECTORY_MIGRATIONS_TABLE);
}

export interface SeedOptions {
  tenantId: string;
  seed: number;
  people: number;
  clock: Clock;
  logger: Logger;
}

/**
 * Seeds the directory once per tenant. The marker row and the people are written in one
 * transaction, and the marker's primary key makes a second instance starting at the same time
 * wait and then skip, so a restart never reseeds nor duplicates.
 */
export async function seedDirectory(
  handle: DatabaseHandle,
  options: SeedOptions,
): Promise<{ seeded: boolean }> {
  const started = performance.now();
  const seeded = await handle.db.transaction(async (tx) => {
    const claimed = await tx
      .insert(demoDirectory)
      .values({
        tenantId: options.tenantId,
        seed: options.seed,
        people: options.people,
        seededAt: options.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ seed: demoDirectory.seed });
    if (claimed.length === 0) return false;
    const users = generateDirectory({ seed: options.seed, people: options.people });
    for (let i = 0; i < users.length; i += CHUNK) {
      const rows = users.slice(i, i + CHUNK).map((user) => toRecord(options.tenantId, user));
      await tx.execute(sql`insert into demo_user (${sql.raw(COLUMN_LIST)})
        select ${sql.raw(COLUMN_LIST)} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(RECORD_TYPES)})`);
    }
    return true;
  });
  if (seeded) {
    options.logger.info(
      { people: options.people, seed: options.seed, ms: Math.round(performance.now() - started) },
      'demo directory seeded',
    );
  } else {
    const [existing] = await handle.query<{ seed: number; people: number }>(
      'select seed, people from demo_directory where tenant_id = $1',
      [options.tenantId],
    );
    if (existing && (existing.seed !== options.seed || existing.people !== options.people)) {
      options.logger.warn(
        { stored: existing, asked: { seed: options.seed, people: options.people } },
        'demo directory already seeded with other settings; keeping it (start from an empty database to reseed)',
      );
    }
  }
  return { seeded };
}

/**
 * People go in as one JSON parameter per chunk, unpacked by `jsonb_to_recordset`: binding
 * thirty parameters per row made 20,000 people take over ten seconds on the embedded database.
 */
const COLUMNS = Object.values(getTableColumns(demoUser)).filter((column) => column.name !== 'deleted_at');
const COLUMN_LIST = COLUMNS.map((column) => `"${column.name}"`).join(', ');
const RECORD_TYPES = COLUMNS.map((column) => `"${column.name}" ${column.getSQLType()}`).join(', ');

function toRecord(tenantId: string, user: SeedUser): Record<string, unknown> {
  const { origin: _origin, ...fields } = user;
  const row: Record<string, unknown> = { ...fields, tenantId, changeVersion: 0 };
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(demoUser))) {
    if (key in row) record[column.name] = row[key];
  }
  return record;
}
