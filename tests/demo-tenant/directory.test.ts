import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases';
import { type RunningDemoGraph, startDemoGraph } from './directory-harness';

const PEOPLE = 520;
const SEED = 2027;

interface GraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  department?: string | null;
  jobTitle?: string | null;
  officeLocation?: string | null;
  accountEnabled?: boolean;
  employeeType?: string | null;
  manager?: GraphUser;
}

interface Page<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
  '@odata.count'?: number;
  value: T[];
}

const FULL =
  'id,displayName,userPrincipalName,mail,department,jobTitle,officeLocation,accountEnabled,employeeType';

describe.each(backends())('demo Graph directory on %s', (backend) => {
  let graph: RunningDemoGraph;
  let everyone: GraphUser[];

  const all = async <T>(path: string, headers: Record<string, string> = {}): Promise<T[]> => {
    const items: T[] = [];
    let page: Page<T> = await graph.client.api(path).headers(headers).get();
    items.push(...page.value);
    while (page['@odata.nextLink']) {
      page = await graph.client.api(follow(page['@odata.nextLink'])).headers(headers).get();
      items.push(...page.value);
    }
    return items;
  };
  // The SDK treats only https:// paths as absolute, so links to the local http server are made relative.
  const follow = (link: string) => link.slice(graph.baseUrl.length);
  const errorOf = async (response: Response) => ({ status: response.status, body: await response.json() });

  beforeAll(async () => {
    graph = await startDemoGraph(backend, SEED, PEOPLE);
    everyone = await all<GraphUser>(`/users?$select=${FULL}&$top=999`);
  }, 60_000);
  afterAll(async () => graph?.close());

  describe('listing users', () => {
    it('pages through every person with @odata.nextLink, 100 a page by default', async () => {
      const first: Page<GraphUser> = await graph.client.api('/users').get();
      expect(first.value).toHaveLength(100);
      expect(first['@odata.context']).toBe(`${graph.baseUrl}/$metadata#users`);
      expect(first['@odata.nextLink']).toMatch(new RegExp(`^${graph.baseUrl}/users\\?\\$skiptoken=`));
      const users = await all<GraphUser>('/users');
      expect(users).toHaveLength(PEOPLE);
      expect(new Set(users.map((u) => u.id)).size).toBe(PEOPLE);
      expect(everyone).toHaveLength(PEOPLE);
    });

    it('returns the default property set without $select and only the selection with it', async () => {
      const page: Page<Record<string, unknown>> = await graph.client.api('/users').top(2).get();
      expect(Object.keys(page.value[0]!).sort()).toEqual(
        [
          'businessPhones',
          'displayName',
          'givenName',
          'id',
          'jobTitle',
          'mail',
          'mobilePhone',
          'officeLocation',
          'preferredLanguage',
          'surname',
          'userPrincipalName',
        ].sort(),
      );
      const selected: Page<Record<string, unknown>> = await graph.client
        .api('/users')
        .select(['id', 'department'])
        .top(3)
        .get();
      expect(selected['@odata.context']).toBe(`${graph.baseUrl}/$metadata#users(id,department)`);
      for (const user of selected.value) expect(Object.keys(user).sort()).toEqual(['department', 'id']);
    });

    it('refuses $top outside 1–999 and unknown $select properties', async () => {
      expect((await graph.fetch('/users?$top=1000')).status).toBe(400);
      const unknown = await errorOf(await graph.fetch('/users?$select=id,shoeSize'));
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain("'shoeSize'");
    });

    it('counts only as an advanced query (ConsistencyLevel: eventual)', async () => {
      const counted: Page<GraphUser> = await graph.client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .query({ $count: 'true' })
        .filter("department eq 'IT'")
        .get();
      expect(counted['@odata.count']).toBe(everyone.filter((u) => u.department === 'IT').length);
      const refused = await errorOf(await graph.fetch('/users?$count=true'));
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'Request_BadRequest' } } });
    });
  });

  describe('$filter', () => {
    const filtered = (filter: string, headers: Record<string, string> = {}) =>
      all<GraphUser>(`/users?$select=${FULL}&$top=999&$filter=${encodeURIComponent(filter)}`, headers);
    const sample = () => everyone.find((u) => u.department === 'Data & IA' && u.accountEnabled)!;
    const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
    const properties = [
      'department',
      'jobTitle',
      'officeLocation',
      'employeeType',
      'userPrincipalName',
      'mail',
      'displayName',
      'id',
    ] as const;

    it.each(properties)('eq, in and startsWith on %s match what the directory holds', async (property) => {
      const person = sample();
      const value = String(person[property]);
      const other = everyone.find((u) => u[property] !== person[property])!;
      const expected = (predicate: (u: GraphUser) => boolean) =>
        everyone
          .filter(predicate)
          .map((u) => u.id)
          .sort();
      const ids = async (filter: string) => (await filtered(filter)).map((u) => u.id).sort();

      const same = (u: GraphUser) => String(u[property]).toLowerCase() === value.toLowerCase();
      expect(await ids(`${property} eq ${quote(value)}`)).toEqual(expected(same));
      expect(await ids(`${property} in (${quote(value)}, ${quote(String(other[property]))})`)).toEqual(
        expected(
          (u) => same(u) || String(u[property]).toLowerCase() === String(other[property]).toLowerCase(),
        ),
      );
      if (property !== 'id') {
        const prefix = value.slice(0, 4);
        expect(await ids(`startsWith(${property}, ${quote(prefix)})`)).toEqual(
          expected((u) => String(u[property]).toLowerCase().startsWith(prefix.toLowerCase())),
        );
      }
    });

    it('filters on accountEnabled and combines clauses with and / or', async () => {
      const disabled = await filtered('accountEnabled eq false');
      expect(disabled.map((u) => u.id).sort()).toEqual(
        everyone
          .filter((u) => !u.accountEnabled)
          .map((u) => u.id)
          .sort(),
      );
      const mixed = await filtered(
        "(department eq 'RH' or department eq 'Finance') and accountEnabled eq true",
      );
      expect(mixed.length).toBe(
        everyone.filter((u) => (u.department === 'RH' || u.department === 'Finance') && u.accountEnabled)
          .length,
      );
    });

    it('answers a malformed filter with a Graph 400 error body', async () => {
      const { status, body } = await errorOf(
        await graph.fetch(`/users?$filter=${encodeURIComponent("department eq 'IT")}`),
      );
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'BadRequest' });
      expect(body.error.message).toMatch(/^Invalid filter clause/);
      expect(body.error.innerError).toEqual({
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        'request-id': expect.any(String),
        'client-request-id': expect.any(String),
      });
    });

    it('accepts ne and endsWith only as advanced queries', async () => {
      const ne = `/users?$filter=${encodeURIComponent("department ne 'IT'")}`;
      const refused = await errorOf(await graph.fetch(ne));
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'Request_UnsupportedQuery' } } });
      const accepted = await graph.fetch(`${ne}&$count=true`, { headers: { ConsistencyLevel: 'eventual' } });
      expect((await accepted.json())['@odata.count']).toBe(
        everyone.filter((u) => u.department !== 'IT').length,
      );
      const unsupported = await errorOf(
        await graph.fetch(`/users?$filter=${encodeURIComponent("mobilePhone eq '1'")}`),
      );
      expect(unsupported.status).toBe(400);
    });
  });

  describe('one user', () => {
    it('is found by id and by user principal name in any case', async () => {
      const person = everyone[7]!;
      const byId = await graph.client.api(`/users/${person.id}`).get();
      const byUpn = await graph.client.api(`/users/${person.userPrincipalName.toUpperCase()}`).get();
      expect(byId).toMatchObject({ id: person.id, displayName: person.displayName });
      expect(byUpn.id).toBe(person.id);
      expect(byId['@odata.context']).toBe(`${graph.baseUrl}/$metadata#users/$entity`);
    });

    it('answers 404 Request_ResourceNotFound for someone unknown', async () => {
      const { status, body } = await errorOf(
        await graph.fetch('/users/nobody@contosobanque.onmicrosoft.com'),
      );
      expect(status).toBe(404);
      expect(body.error.code).toBe('Request_ResourceNotFound');
      expect(body.error.message).toContain("'nobody@contosobanque.onmicrosoft.com' does not exist");
    });

    it('links managers and direct reports both ways', async () => {
      const staff = everyone.find((u) => u.jobTitle === 'Data Scientist') ?? everyone[0]!;
      const manager: GraphUser = await graph.client.api(`/users/${staff.id}/manager`).get();
      const reports: Page<GraphUser> = await graph.client.api(`/users/${manager.id}/directReports`).get();
      expect(reports.value.map((u) => u.id)).toContain(staff.id);
      expect(reports['@odata.context']).toBe(`${graph.baseUrl}/$metadata#directoryObjects`);
    });

    it('expands the manager chain to the chief executive in five levels for staff', async () => {
      const page: Page<GraphUser> = await graph.client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .query({ $count: 'true' })
        .select(['id', 'displayName'])
        .expand('manager($levels=max;$select=id,displayName)')
        .top(999)
        .get();
      const depth = (user: GraphUser): number => (user.manager ? 1 + depth(user.manager) : 0);
      const depths = page.value.map(depth);
      expect(Math.max(...depths)).toBe(5);
      expect(depths.filter((d) => d === 0)).toHaveLength(1);
      const refused = await graph.fetch('/users?$expand=manager($levels=max)');
      expect(refused.status).toBe(400);
    });

    it('serves mailbox settings with time zone, working hours and language', async () => {
      const [persona] = await graph.tenant.personas();
      const settings = await graph.client.api(`/users/${persona!.userPrincipalName}/mailboxSettings`).get();
      expect(settings['@odata.context']).toBe(
        `${graph.baseUrl}/$metadata#users('${persona!.id}')/mailboxSettings`,
      );
      expect(settings).toMatchObject({
        timeZone: 'Romance Standard Time',
        language: { locale: 'fr-FR', displayName: 'French (France)' },
        workingHours: {
          daysOfWeek: expect.arrayContaining(['monday']),
          startTime: expect.stringMatching(/^\d{2}:\d{2}:00\.0000000$/),
          endTime: expect.stringMatching(/^\d{2}:\d{2}:00\.0000000$/),
          timeZone: { name: 'Romance Standard Time' },
        },
      });
    });
  });

  describe('users/delta', () => {
    it('returns everyone first, then exactly the user changed since the delta link', async () => {
      const first = await all<GraphUser>('/users/delta?$select=displayName,jobTitle');
      expect(first).toHaveLength(PEOPLE);
      let page: Page<GraphUser> = await graph.client.api('/users/delta?$select=displayName,jobTitle').get();
      while (page['@odata.nextLink']) page = await graph.client.api(follow(page['@odata.nextLink'])).get();
      const deltaLink = page['@odata.deltaLink']!;
      expect(deltaLink).toMatch(new RegExp(`^${graph.baseUrl}/users/delta\\?\\$deltatoken=`));

      const promoted = everyone[11]!;
      await graph.client.api(`/users/${promoted.id}`).patch({ jobTitle: 'Head of Reverse Mentoring' });
      const changes: Page<GraphUser> = await graph.client.api(follow(deltaLink)).get();
      expect(changes.value).toEqual([
        { id: promoted.id, displayName: promoted.displayName, jobTitle: 'Head of Reverse Mentoring' },
      ]);
      const again: Page<GraphUser> = await graph.client.api(follow(changes['@odata.deltaLink']!)).get();
      expect(again.value).toEqual([]);
    });

    it('rejects a malformed PATCH body with a Graph 400, not a 500', async () => {
      const response = await graph.fetch(`/users/${everyone[0]!.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: '{"jobTitle": ',
      });
      expect(await errorOf(response)).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    });
  });

  describe('authentication and routing', () => {
    it('answers 401 InvalidAuthenticationToken without a token and with a bad one', async () => {
      for (const token of [null, 'not-a-token', (await graph.issuer.issueAppToken()).slice(0, -4)]) {
        const { status, body } = await errorOf(await graph.fetch('/users', { token }));
        expect(status).toBe(401);
        expect(body.error.code).toBe('InvalidAuthenticationToken');
      }
    });

    it('refuses /me with an application token and names an unknown segment', async () => {
      const me = await errorOf(await graph.fetch('/me'));
      expect(me).toMatchObject({
        status: 400,
        body: { error: { message: '/me request is only valid with delegated authentication flow.' } },
      });
      const unknown = await errorOf(await graph.fetch('/groupies'));
      expect(unknown).toMatchObject({
        status: 400,
        body: { error: { code: 'BadRequest', message: "Resource not found for the segment 'groupies'." } },
      });
    });
  });

  describe('seeding', () => {
    it('does not reseed or duplicate on restart', async () => {
      const again = await graph.restart();
      expect((await again.personas()).map((p) => p.id)).toEqual(
        (await graph.tenant.personas()).map((p) => p.id),
      );
      const count = await graph.fetch('/users/$count', { headers: { ConsistencyLevel: 'eventual' } });
      expect(Number(await count.text())).toBe(PEOPLE);
    });

    it('seeds the same people for the same seed and size, and others for another seed', async () => {
      // Fresh tenants on the same database: the main one has been changed by the delta tests.
      const [one, twin, stranger] = [
        await graph.restart({ tenantId: 'second-tenant' }),
        await graph.restart({ tenantId: 'third-tenant' }),
        await graph.restart({ tenantId: 'fourth-tenant', seed: SEED + 1 }),
      ];
      const firstPage = async (directory: typeof twin.directory) =>
        (await directory.list({ order: undefined, offset: 0, limit: 100 })).map(
          ({ tenantId: _, ...user }) => user,
        );
      expect(await firstPage(twin.directory)).toEqual(await firstPage(one.directory));
      expect(await firstPage(stranger.directory)).not.toEqual(await firstPage(one.directory));
    });

    it('names an admin, a sponsor, mentors and mentees with their app roles', async () => {
      const personas = await graph.tenant.personas();
      expect(personas.map((p) => p.persona)).toEqual([
        'admin',
        'sponsor',
        'mentor',
        'mentee',
        'mentor',
        'mentee',
      ]);
      expect(personas[0]!.appRoles).toEqual(['Programme.Admin']);
      expect(personas[1]!.appRoles).toEqual(['Programme.Sponsor']);
      expect(await graph.tenant.findUser(personas[2]!.userPrincipalName.toUpperCase())).toMatchObject({
        id: personas[2]!.id,
      });
    });
  });
});
