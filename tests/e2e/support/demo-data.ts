import { apiClient } from '../../support/http';

/** The demo's finished season and running pilot, as the service seeds them on first start. */
export const DEMO_PAST_PROGRAMME = 'Leaders numériques 2026 — saison 1';
export const DEMO_PILOT = 'Pilote Banque Privée';

/**
 * Waits until the demo seeding (after the first directory sync) has created the programmes named,
 * then returns their ids by name.
 */
export async function demoProgrammes(
  baseUrl: string,
  token: string,
  names: string[],
  { timeoutMs = 120_000 } = {},
): Promise<Record<string, string>> {
  const call = apiClient(baseUrl);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const listed = await call<{ items: { id: string; name: string; status: string }[] }>(
      'GET',
      '/api/v1/programmes',
      { token },
    );
    const found = Object.fromEntries(
      (listed.body.items ?? []).filter((p) => names.includes(p.name)).map((p) => [p.name, p.id]),
    );
    if (names.every((name) => found[name])) return found;
    if (Date.now() > deadline) {
      throw new Error(`the demo seeding did not create ${names.join(', ')} within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Books every session of a programme and waits for the run to finish. */
export async function bookAllSessions(
  baseUrl: string,
  token: string,
  programmeId: string,
  { timeoutMs = 90_000 } = {},
): Promise<{ booked: number }> {
  const call = apiClient(baseUrl);
  const path = `/api/v1/programmes/${programmeId}/sessions/booking`;
  const started = await call('POST', path, { token });
  if (started.status !== 200 && started.status !== 202) {
    throw new Error(`booking did not start: ${started.status} ${JSON.stringify(started.body)}`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = (await call('GET', path, { token })).body;
    if (progress.state === 'done') return { booked: progress.counts.booked };
    if (progress.state === 'failed') throw new Error(`booking failed: ${JSON.stringify(progress)}`);
    if (Date.now() > deadline) throw new Error(`booking still ${progress.state} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
