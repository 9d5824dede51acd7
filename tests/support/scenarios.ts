import type { TestApp } from './app';
import { anApplication, aProgramme } from './builders';
import { apiClient } from './http';

export interface Volunteer {
  aadId: string;
  upn: string;
  displayName: string;
  token: string;
  role: 'mentor' | 'mentee';
}

export interface MatchingScenario {
  adminToken: string;
  programmeId: string;
  volunteers: Volunteer[];
}

/** Waits for the first directory sync, which mirrors manager chains and working hours into `person`. */
export async function directoryMirrored(app: TestApp, adminToken: string): Promise<void> {
  const call = apiClient(app.baseUrl);
  for (let i = 0; i < 240; i++) {
    const state = await call('GET', '/api/v1/directory/sync', { token: adminToken });
    if (state.body?.lastFullSyncAt) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the first directory sync did not finish in time');
}

/**
 * Named scenario "ready to match": a programme with `mentors` and `mentees` volunteers from the Paris
 * offices, all approved, moved to matching (or left recruiting with `stage`). Needs an empty demo tenant.
 */
export async function readyToMatch(
  app: TestApp,
  {
    mentors,
    mentees,
    name,
    stage = 'matching',
  }: { mentors: number; mentees: number; name?: string; stage?: 'recruiting' | 'matching' },
): Promise<MatchingScenario> {
  const call = apiClient(app.baseUrl);
  const personas = (await call('GET', '/_demo/people')).body.personas as {
    persona: string;
    userPrincipalName: string;
  }[];
  const adminToken = await app.tokenFor(personas.find((p) => p.persona === 'admin')!.userPrincipalName);
  await directoryMirrored(app, adminToken);
  const graphToken = await app.service.demo!.issuer.issueAppToken();
  const parisians = await call(
    'GET',
    "/_demo/graph/v1.0/users?$filter=startsWith(officeLocation,'Paris')&$select=id,userPrincipalName&$top=200",
    { token: graphToken },
  );
  const people = parisians.body.value as { userPrincipalName: string }[];
  // People far apart in the list sit in different teams, so few pairs share a reporting line.
  const chosen = [...people.slice(40, 40 + mentors), ...people.slice(120, 120 + mentees)];
  const created = await call('POST', '/api/v1/programmes', {
    token: adminToken,
    body: aProgramme({ mentorCapacity: 2, ...(name ? { name } : {}) }),
  });
  const programmeId = created.body.id as string;
  const base = `/api/v1/programmes/${programmeId}`;
  await expectOk(call('POST', `${base}/transitions`, { token: adminToken, body: { to: 'recruiting' } }));
  const volunteers: Volunteer[] = [];
  for (const [index, person] of chosen.entries()) {
    const role = index < mentors ? 'mentor' : 'mentee';
    const token = await app.tokenFor(person.userPrincipalName);
    const applied = await expectOk(
      call('PUT', `${base}/my-application`, {
        token,
        body: anApplication({
          role,
          capacity: role === 'mentor' ? 2 : 1,
          languages: ['fr', 'en'],
          availability: {
            days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            dayparts: ['morning', 'afternoon'],
          },
          skills:
            role === 'mentor'
              ? [
                  { skillId: 'generative-ai', level: 5 },
                  { skillId: 'data-literacy', level: 4 },
                ]
              : [
                  { skillId: 'generative-ai', level: 1 },
                  { skillId: 'm365-collaboration', level: 2 },
                ],
        }),
      }),
    );
    await expectOk(
      call('POST', `${base}/applications/${applied.id}/review`, {
        token: adminToken,
        body: { decision: 'approve' },
      }),
    );
    volunteers.push({
      aadId: applied.person.aadId,
      displayName: applied.person.displayName,
      upn: person.userPrincipalName,
      token,
      role,
    });
  }
  if (stage === 'matching') {
    await expectOk(call('POST', `${base}/transitions`, { token: adminToken, body: { to: 'matching' } }));
  }
  return { adminToken, programmeId, volunteers };
}

async function expectOk(pending: Promise<{ status: number; body: any }>): Promise<any> {
  const response = await pending;
  if (response.status >= 300)
    throw new Error(`scenario step failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
