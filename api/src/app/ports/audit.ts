export interface AuditLog {
  record(entry: {
    tenantId: string;
    actorAadId: string | null;
    action: string;
    subject: string;
    detail?: Record<string, unknown>;
  }): Promise<void>;
}
