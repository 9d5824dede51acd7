import { eq } from 'drizzle-orm';
import type { TenantRepository } from '../app/ports/tenants';
import type { Database } from './db';
import { tenant } from './schema';

export function createTenantRepository(db: Database): TenantRepository {
  return {
    async get(tenantId) {
      const [row] = await db.select().from(tenant).where(eq(tenant.id, tenantId)).limit(1);
      return row ? { id: row.id, displayName: row.displayName, mode: row.mode } : undefined;
    },
    async ensure(record) {
      await db
        .insert(tenant)
        .values(record)
        .onConflictDoUpdate({
          target: tenant.id,
          set: { displayName: record.displayName, mode: record.mode },
        });
      return record;
    },
  };
}
