import type { Jobs } from '../app/ports/jobs';
import type { Clock } from '../domain/clock';
import type { Database } from './db';
import { seedDemoVolunteers } from './demo-volunteers';

const JOB = 'demo.volunteers';

/** Seeds the demo's volunteers once the first directory sync has run (retried until then). */
export async function startDemoVolunteers(
  jobs: Jobs,
  db: Database,
  tenantId: string,
  clock: Clock,
): Promise<void> {
  await jobs.work<{ tenantId: string }>(JOB, async (job) => ({
    seeded: await seedDemoVolunteers(db, job.data.tenantId, clock.now()),
  }));
  await jobs.enqueue(
    JOB,
    { tenantId },
    { singletonKey: `tenant:${tenantId}`, retryLimit: 60, retryDelaySeconds: 2 },
  );
}
