import type { MatchingDeps } from '../app/matching';
import type { Jobs } from '../app/ports/jobs';
import type { DemoPersona } from '../demo-tenant/contract';
import type { Clock } from '../domain/clock';
import type { Database } from '../store/db';
import { seedDemoPastProgramme } from './past-programme';
import { seedDemoRunningProgramme } from './running-programme';

const JOB = 'demo.running-programme';

/** Fills the demo's running programme and its past season once the first directory sync has run (retried until then). */
export async function startDemoRunningProgramme(
  jobs: Jobs,
  p: { db: Database; matching: MatchingDeps; tenantId: string; personas: DemoPersona[]; clock: Clock },
): Promise<void> {
  await jobs.work<{ tenantId: string }>(JOB, async () => ({
    pairs: await seedDemoRunningProgramme({ ...p, now: p.clock.now() }),
    pastPairs: await seedDemoPastProgramme({ ...p, now: p.clock.now() }),
  }));
  await jobs.enqueue(
    JOB,
    { tenantId: p.tenantId },
    { singletonKey: `tenant:${p.tenantId}`, retryLimit: 60, retryDelaySeconds: 2 },
  );
}
