import { defineConfig } from 'drizzle-kit';

/** The demo directory's own migrations, applied only when the demo tenant runs. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './api/src/demo-tenant/directory/schema.ts',
  out: './api/src/demo-tenant/directory/migrations',
});
