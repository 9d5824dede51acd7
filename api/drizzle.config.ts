import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './api/src/store/schema.ts',
  out: './api/src/store/migrations',
});
