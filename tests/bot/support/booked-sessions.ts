import type { TestApp } from '../../support/app';
import { apiClient } from '../../support/http';
import { type MatchingScenario, readyToMatch } from '../../support/scenarios';

export interface BookedScenario extends MatchingScenario {
  /** The programme's own zone, where times fall back to for a person without one. */
  programmeZone: string;
}

/**
 * Named scenario “sessions booked”: `readyToMatch`, then every proposed pair approved, the programme
 * running and its sessions booked in Outlook (the demo tenant's), waited for until the run is done.
 */
export async function sessionsBooked(
  app: TestApp,
  size: { mentors: number; mentees: number },
): Promise<BookedScenario> {
  const call = apiClient(app.baseUrl);
  const scenario = await readyToMatch(app, size);
  const token = scenario.adminToken;
  const base = `/api/v1/programmes/${scenario.programmeId}`;
  const step = async (method: string, path: string, body?: unknown) => {
    const response = await call(method, `${base}${path}`, { token, ...(body ? { body } : {}) });
    if (response.status >= 300) {
      throw new Error(`${method} ${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };
  const run = await step('POST', '/matching/run');
  await step('POST', '/matching/approve', { pairingIds: run.proposals.map((p: { id: string }) => p.id) });
  await step('POST', '/transitions', { to: 'running' });
  await step('POST', '/sessions/booking');
  for (let i = 0; ; i++) {
    const progress = await step('GET', '/sessions/booking');
    if (progress.state === 'done') break;
    if (progress.state === 'failed' || i >= 240) {
      throw new Error(`booking did not finish: ${JSON.stringify(progress)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const programme = await step('GET', '');
  return { ...scenario, programmeZone: programme.timeZone as string };
}
