import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from './api/src/store/db';
import { migrateDirectory, seedDirectory } from './api/src/demo-tenant/directory/seed-store';
import { DirectoryRepository } from './api/src/demo-tenant/directory/repository';
import { systemClock } from './api/src/domain/clock';
const logger = pino({ level: 'info' });
for (const n of [520, 20000]) {
  const db = await openDatabase({ kind: 'pglite', dataDir: mkdtempSync(path.join(tmpdir(), 'seed-')) });
  let t = performance.now();
  await migrateDirectory(db);
  console.log('open+migrate', Math.round(performance.now() - t));
  t = performance.now();
  await seedDirectory(db, { tenantId: 't', seed: 7, people: n, clock: systemClock, logger });
  console.log(n, 'seed ms', Math.round(performance.now() - t));
  await seedDirectory(db, { tenantId: 't', seed: 7, people: n, clock: systemClock, logger });
  const repo = new DirectoryRepository(db, 't');
  console.log(await repo.count(), (await repo.personas()).map((p) => p.persona + ':' + p.userPrincipalName));
  await db.close();
}
