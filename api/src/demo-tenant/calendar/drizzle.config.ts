import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './api/src/demo-tenant/calendar/schema.ts',
  out: './api/src/demo-tenant/calendar/migrations',
  migrations: { table: '__demo_calendar_migrations', schema: 'public' },
});
