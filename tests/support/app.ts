import { loadConfig } from '../../api/src/config/config';
import type { Clock } from '../../api/src/domain/clock';
import { type RunningService, startService } from '../../api/src/service';
import { type Backend, freshDatabase } from './databases';

export interface TestApp {
  baseUrl: string;
  service: RunningService;
  /** A dev sign-in token for a demo person (demo mode only). */
  tokenFor(upn: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The whole service on a random port over a fresh database, as `npm start` runs it
 * (demo mode unless `env` gives Microsoft 365 settings).
 */
export async function startTestApp(
  options: { database?: Backend; env?: Record<string, string>; clock?: Clock } = {},
): Promise<TestApp> {
  const database = await freshDatabase(options.database ?? 'pglite');
  const config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...options.env }),
    database: database.config,
  };
  let service: RunningService;
  try {
    service = await startService({ config, ...(options.clock ? { clock: options.clock } : {}) });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const baseUrl = service.internalUrl;
  return {
    baseUrl,
    service,
    async tokenFor(upn) {
      const response = await fetch(`${baseUrl}/_demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn }),
      });
      if (!response.ok)
        throw new Error(`dev sign-in for ${upn} failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async close() {
      await service.close();
      await database.drop();
    },
  };
}
