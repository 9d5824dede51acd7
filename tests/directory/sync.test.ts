import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryRepository } from '../../api/src/demo-tenant';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';

interface PersonRow {
  aad_id: string;
  department: string | null;
  manager_aad_id: string | null;
  manager_chain: string[];
  time_zone: string | null;
  working_hours: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: string } | null;
  removed_at: Date | null;
  synced_at: Date;
}

const OFFICE_ZONES = ['Europe/Paris', 'Europe/London', 'America/New_York', 'Asia/Singapore'];

describe.each(backends())('directory sync from the demo tenant on %s', (database) => {
  let app: TestApp;
  let call: ReturnType<typeof apiClient>;
  let admin: string;
  let mentor: string;

  const people = async () =>
    app.service.db.query<PersonRow>('SELECT * FROM person WHERE tenant_id = $1 AND removed_at IS NULL', [
      app.service.demo!.tenant.tenantId,
    ]);
  const demoDirectory = () =>
    (app.service.demo!.tenant as unknown as { directory: DirectoryRepository }).directory;

  async function runSync(body: unknown = {}) {
    const accepted = await call('POST', '/api/v1/directory/sync', { token: admin, body });
    expect(accepted.status).toBe(202);
    const deadline = Date.now() + 40_000;
    for (;;) {
      const job = await call('GET', `/api/v1/directory/sync/jobs/${accepted.body.jobId}`, { token: admin });
      if (job.body.state === 'completed') return job.body;
      if (job.body.state === 'failed' || Date.now() > deadline) throw new Error(JSON.stringify(job.body));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true' } });
    call = apiClient(app.baseUrl);
    const personas = (await call('GET', '/_demo/people')).body.personas as {
      persona: string;
      userPrincipalName: string;
    }[];
    admin = await app.tokenFor(personas.find((p) => p.persona === 'admin')!.userPrincipalName);
    mentor = await app.tokenFor(personas.find((p) => p.persona === 'mentor')!.userPrincipalName);
    // Demo mode enqueues a first sync at start; wait for it.
    const deadline = Date.now() + 40_000;
    while (!(await call('GET', '/api/v1/directory/sync', { token: admin })).body.lastFullSyncAt) {
      if (Date.now() > deadline) throw new Error('the first directory sync did not finish');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(async () => app?.close());

  it('mirrors every person with an IANA time zone, working hours and a manager chain up to the CEO', async () => {
    const ids = await demoDirectory().allUserIds();
    const rows = await people();
    expect(rows.map((r) => r.aad_id).sort()).toEqual([...ids].sort());
    const withMail = rows.filter((r) => r.time_zone !== null);
    expect(withMail.length).toBe(rows.length);
    for (const row of rows) {
      expect(OFFICE_ZONES).toContain(row.time_zone);
      expect(row.working_hours?.startTime).toMatch(/^\d{2}:\d{2}$/);
      expect(OFFICE_ZONES).toContain(row.working_hours?.timeZone);
    }
    const ceos = rows.filter((r) => r.manager_aad_id === null);
    expect(ceos).toHaveLength(1);
    const ceo = ceos[0]!.aad_id;
    for (const row of rows.filter((r) => r.aad_id !== ceo)) {
      expect(row.manager_chain[0]).toBe(row.manager_aad_id);
      expect(row.manager_chain.at(-1)).toBe(ceo);
    }
    expect(Math.max(...rows.map((r) => r.manager_chain.length))).toBeGreaterThanOrEqual(4);

    const state = await call('GET', '/api/v1/directory/sync', { token: admin });
    expect(state.body).toMatchObject({ incremental: true, lastError: null, lastRunKind: 'full' });
    expect(state.body.counts).toMatchObject({ seen: ids.length, removed: 0 });
  });

  it('refuses non-admins (403)', async () => {
    expect((await call('POST', '/api/v1/directory/sync', { token: mentor, body: {} })).status).toBe(403);
    const read = await call('GET', '/api/v1/directory/sync', { token: mentor });
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('not_tenant_admin');
  });

  it('applies exactly the changed people in a delta round, chains included', async () => {
    const before = await people();
    const byId = new Map(before.map((r) => [r.aad_id, r]));
    const staff = before.find((r) => r.manager_chain.length >= 4)!;
    const mover = byId.get(staff.manager_aad_id!)!; // a manager who moves to another branch
    const newBoss = before.find(
      (r) =>
        r.manager_chain.length === 1 && !mover.manager_chain.includes(r.aad_id) && r.aad_id !== mover.aad_id,
    )!;
    const graphToken = await app.service.demo!.issuer.issueAppToken();
    const patched = await call('PATCH', `/_demo/graph/v1.0/users/${staff.aad_id}`, {
      token: graphToken,
      body: { department: 'Data & IA' === staff.department ? 'Risques' : 'Data & IA' },
    });
    expect(patched.status).toBe(204);
    // The demo's PATCH does not take a manager; its directory sets one as `PUT …/manager/$ref` would.
    expect(await demoDirectory().update(mover.aad_id, { managerId: newBoss.aad_id } as never)).toBe(true);

    await runSync();
    const state = await call('GET', '/api/v1/directory/sync', { token: admin });
    expect(state.body).toMatchObject({ lastRunKind: 'delta', lastError: null });
    expect(state.body.counts).toMatchObject({ seen: 2, upserted: 2, managersChanged: 1 });

    const after = new Map((await people()).map((r) => [r.aad_id, r]));
    expect(after.get(staff.aad_id)!.department).not.toBe(staff.department);
    expect(after.get(mover.aad_id)!.manager_chain).toEqual([newBoss.aad_id, ...newBoss.manager_chain]);
    expect(after.get(staff.aad_id)!.manager_chain).toEqual([
      mover.aad_id,
      newBoss.aad_id,
      ...newBoss.manager_chain,
    ]);
    const touched = [...after.values()].filter(
      (r) => r.synced_at.getTime() !== byId.get(r.aad_id)!.synced_at.getTime(),
    );
    expect(touched.map((r) => r.aad_id).sort()).toEqual([staff.aad_id, mover.aad_id].sort());
  });

  it('completes a full sync under injected throttling without losing anyone', async () => {
    const count = (await people()).length;
    const set = await call('PUT', '/_demo/faults', {
      body: { throttleRate: 0.2, retryAfterSeconds: 0, seed: 7 },
    });
    expect(set.status).toBe(200);
    try {
      const job = await runSync({ full: true });
      expect(job.state).toBe('completed');
    } finally {
      await call('PUT', '/_demo/faults', { body: { throttleRate: 0 } });
    }
    const rows = await people();
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.time_zone && r.working_hours)).toBe(true);
    const state = await call('GET', '/api/v1/directory/sync', { token: admin });
    expect(state.body.counts).toMatchObject({ seen: count, removed: 0, mailboxSettings: count });
  });
});
