import type { AuditLog } from '../app/ports/audit';
import type { Database } from './db';
import { auditEvent } from './schema';

export function createAuditLog(db: Database): AuditLog {
  return {
    async record(entry) {
      await db.insert(auditEvent).values({
        tenantId: entry.tenantId,
        actorAadId: entry.actorAadId,
        action: entry.action,
        subject: entry.subject,
        detail: entry.detail ?? {},
      });
    },
  };
}
