import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';

interface Persona {
  persona: string;
  userPrincipalName: string;
  displayName: string;
}

describe.each(backends())('the service in demo mode on %s', (database) => {
  let app: TestApp;
  let personas: Persona[];
  const personaUpn = (kind: string) => {
    const found = personas.find((p) => p.persona === kind);
    if (!found) throw new Error(`no ${kind} persona`);
    return found.userPrincipalName;
  };
  const api = async (path: string, token?: string, init: RequestInit = {}) => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) },
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      headers: response.headers,
      body: text.startsWith('{') ? JSON.parse(text) : text,
    };
  };

  beforeAll(async () => {
    app = await startTestApp({ database });
    personas = (await api('/_demo/people')).body.personas;
  });
  afterAll(async () => app?.close());

  it('answers health and readiness', async () => {
    expect((await api('/healthz')).body).toEqual({ status: 'ok' });
    expect((await api('/readyz')).body).toEqual({ status: 'ready', database: database });
  });

  it('offers one persona of each kind to sign in as', () => {
    expect(new Set(personas.map((p) => p.persona))).toEqual(
      new Set(['admin', 'sponsor', 'mentor', 'mentee']),
    );
  });

  it('tells the signed-in admin who they are, from the directory, with their roles', async () => {
    const token = await app.tokenFor(personaUpn('admin'));
    const me = await api('/api/v1/me', token);
    expect(me.status).toBe(200);
    expect(me.body.person.userPrincipalName.toLowerCase()).toBe(personaUpn('admin').toLowerCase());
    expect(me.body.person.department).toEqual(expect.any(String));
    expect(me.body.tenant).toMatchObject({ displayName: 'Contoso Banque', mode: 'demo' });
    expect(me.body.roles).toEqual(['admin']);
  });

  it('gives a mentee no tenant role', async () => {
    const me = await api('/api/v1/me', await app.tokenFor(personaUpn('mentee')));
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual([]);
  });

  it('lists the sample programmes: all for the admin, the open one for an employee', async () => {
    const forAdmin = await api('/api/v1/programmes', await app.tokenFor(personaUpn('admin')));
    const byName = (items: { name: string; status: string }[]) =>
      Object.fromEntries(items.map((p) => [p.name, p.status]));
    expect(byName(forAdmin.body.items)).toMatchObject({
      'Leaders numériques 2027': 'recruiting',
      'Data & AI reverse mentoring — London pilot': 'draft',
    });
    // The pilot is formed in the background once the directory is mirrored.
    expect(['matching', 'running']).toContain(byName(forAdmin.body.items)['Pilote Banque Privée']);
    expect(forAdmin.body.items.every((p: { myRoles: string[] }) => p.myRoles.includes('admin'))).toBe(true);
    const forEmployee = await api('/api/v1/programmes', await app.tokenFor(personaUpn('sponsor')));
    expect(forEmployee.body.items.some((p: { status: string }) => p.status === 'recruiting')).toBe(true);
  });

  it("forms the pilot's pairs once the directory is mirrored, the mentor and mentee personas together", async () => {
    const admin = await app.tokenFor(personaUpn('admin'));
    let pilot: { id: string; status: string } | undefined;
    for (let i = 0; i < 120 && pilot?.status !== 'running'; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      pilot = (await api('/api/v1/programmes', admin)).body.items.find(
        (p: { name: string }) => p.name === 'Pilote Banque Privée',
      );
    }
    expect(pilot?.status).toBe('running');
    const matching = (await api(`/api/v1/programmes/${pilot!.id}/matching`, admin)).body;
    expect(matching.active.length).toBeGreaterThanOrEqual(4);
    const mentee = await api('/api/v1/me/pairings', await app.tokenFor(personaUpn('mentee')));
    expect(mentee.body.items.map((p: { programmeId: string }) => p.programmeId)).toContain(pilot!.id);
    const forMentee = await api('/api/v1/programmes', await app.tokenFor(personaUpn('mentee')));
    expect(forMentee.body.items.find((p: { id: string }) => p.id === pilot!.id)?.myRoles).toEqual(['mentee']);
  });

  it('seeds volunteers for the open programme once the directory is mirrored', async () => {
    const token = await app.tokenFor(personaUpn('admin'));
    const open = (await api('/api/v1/programmes', token)).body.items.find(
      (p: { status: string }) => p.status === 'recruiting',
    );
    let items: { role: string; person: { department: string } }[] = [];
    for (let i = 0; i < 120 && items.length === 0; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      items = (await api(`/api/v1/programmes/${open.id}/applications`, token)).body.items;
    }
    expect(items.filter((a) => a.role === 'mentor').length).toBeGreaterThan(3);
    expect(items.filter((a) => a.role === 'mentee').length).toBeGreaterThan(3);
    expect(items.every((a) => a.person.department)).toBe(true);
  });

  it('refuses an unknown demo person with a problem', async () => {
    const result = await api('/_demo/token', undefined, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn: 'nobody@nowhere.example' }),
    });
    expect(result.status).toBe(404);
    expect(result.type).toMatch(/^application\/problem\+json/);
    expect(result.body.code).toBe('demo_person_not_found');
  });

  it('answers malformed JSON and invalid bodies with 400 problems, not 500', async () => {
    const malformed = await api('/_demo/token', undefined, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"upn": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.type).toMatch(/^application\/problem\+json/);
    const invalid = await api('/_demo/token', undefined, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn: 42 }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    expect(invalid.body.errors[0].path).toContain('upn');
  });

  it('answers unknown routes with a 404 problem', async () => {
    const result = await api('/api/v1/nothing-here', await app.tokenFor(personaUpn('admin')));
    expect(result.status).toBe(404);
    expect(result.type).toMatch(/^application\/problem\+json/);
  });

  it('serves the OpenAPI document generated from the contract', async () => {
    const doc = await api('/api/docs/json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/programmes']));
    expect(doc.body.paths['/api/v1/me'].get.responses['200']).toBeDefined();
  });

  it('lets Microsoft 365 hosts frame the tab', async () => {
    const page = await api('/');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://teams.microsoft.com');
    expect(csp).toContain('https://*.cloud.microsoft');
    expect(page.headers.get('x-frame-options')).toBeNull();
  });

  it("pages through Contoso Banque's directory on the demo Graph with a dev token", async () => {
    const token = await app.tokenFor(personaUpn('mentor'));
    const first = await api('/_demo/graph/v1.0/users?$top=5&$select=id,displayName,department', token);
    expect(first.status).toBe(200);
    expect(first.body.value).toHaveLength(5);
    expect(first.body['@odata.nextLink']).toContain('/_demo/graph/v1.0/users');
    const next = new URL(first.body['@odata.nextLink']);
    const second = await api(`${next.pathname}${next.search}`, token);
    expect(second.body.value).toHaveLength(5);
    const ids = [...first.body.value, ...second.body.value].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(10);
    expect((await api('/_demo/graph/v1.0/users?$top=5')).status).toBe(401);
  });

  it('tells the tab how to sign in', async () => {
    expect((await api('/tab-config.json')).body).toMatchObject({ mode: 'demo', demoSignIn: true });
  });
});

describe('the privacy notice and terms linked from the manifest', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_EMPTY: 'true' } });
  });
  afterAll(async () => app?.close());

  it.each([
    ['/privacy', 'en-GB', 'privacy notice'],
    ['/privacy', 'fr-FR', 'politique de confidentialité'],
    ['/terms?lang=fr', 'en-GB', 'conditions d’utilisation'],
    ['/terms', 'en-GB', 'terms of use'],
  ])('serves %s in the right language (%s)', async (path, acceptLanguage, title) => {
    const response = await fetch(`${app.baseUrl}${path}`, { headers: { 'accept-language': acceptLanguage } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(title);
  });
});
