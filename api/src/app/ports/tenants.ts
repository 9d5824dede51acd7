export interface TenantRecord {
  id: string;
  displayName: string;
  mode: 'demo' | 'tenant';
}

export interface TenantRepository {
  get(tenantId: string): Promise<TenantRecord | undefined>;
  ensure(tenant: TenantRecord): Promise<TenantRecord>;
}
