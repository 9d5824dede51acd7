import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPersonaDto, MeDto } from '../../api/src/contract';
import { startTestApp, type TestApp } from '../support/app';
import { axeViolations, launchBrowser, screenshot } from './support/browser';
import { ensureTabBuilt } from './support/tab-build';

const BROWSER_TEST = 60_000;

describe('the tab in a plain browser, demo mode', () => {
  let app: TestApp;
  let browser: Browser;
  let personas: DemoPersonaDto[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    const people = await fetch(`${app.baseUrl}/_demo/people`);
    personas = ((await people.json()) as { personas: DemoPersonaDto[] }).personas;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  function persona(role: DemoPersonaDto['persona']): DemoPersonaDto {
    const found = personas.find((candidate) => candidate.persona === role);
    if (!found) throw new Error(`/_demo/people lists no ${role} persona`);
    return found;
  }

  async function me(upn: string): Promise<MeDto> {
    const response = await fetch(`${app.baseUrl}/api/v1/me`, {
      headers: { authorization: `Bearer ${await app.tokenFor(upn)}` },
    });
    return (await response.json()) as MeDto;
  }

  async function openTab(options: BrowserContextOptions = {}): Promise<Page> {
    // Reduced motion: Fluent then skips colour transitions, so screenshots and axe see settled colours.
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
      ...options,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.baseUrl}/`);
    return page;
  }

  async function signInAs(page: Page, role: DemoPersonaDto['persona']): Promise<void> {
    // Personas may repeat a role (one per office); the first of each is the one the tests expect.
    await page.locator(`[data-persona="${role}"]`).first().click();
    await page.getByRole('navigation').waitFor();
  }

  const nav = (page: Page) => page.getByRole('navigation');

  describe('as the programme admin', () => {
    let page: Page;

    it(
      'offers the demo personas, and signs the admin in from the list',
      async () => {
        page = await openTab();
        await page.getByRole('heading', { level: 1, name: 'Demo sign-in' }).waitFor();
        for (const { displayName } of personas) {
          await page.getByRole('button', { name: new RegExp(displayName) }).waitFor();
        }
        await screenshot(page, 'sign-in-light');
        expect(await axeViolations(page)).toEqual([]);

        await signInAs(page, 'admin');
        const admin = persona('admin');
        const { tenant } = await me(admin.userPrincipalName);
        const banner = page.getByRole('banner');
        await banner.getByText('Binôme', { exact: true }).waitFor();
        await banner.getByRole('button', { name: new RegExp(admin.displayName) }).waitFor();
        await banner.getByText(tenant.displayName, { exact: true }).waitFor();
        await banner.getByText('Demo tenant').waitFor();
        await banner.getByText('Opened in a web browser').waitFor();
        await nav(page).getByRole('link', { name: 'My space' }).waitFor();
        await nav(page).getByRole('link', { name: 'Programmes' }).waitFor();
        await nav(page).getByRole('link', { name: 'Admin console' }).waitFor();
        await page.getByRole('heading', { level: 1, name: `Hello ${admin.displayName}` }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Your programmes' }).waitFor();
        await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        await screenshot(page, 'shell-admin-light');
        expect(await axeViolations(page)).toEqual([]);
      },
      BROWSER_TEST,
    );

    it(
      'opens the admin console with the programmes and their statuses',
      async () => {
        await nav(page).getByRole('link', { name: 'Admin console' }).click();
        await page.getByRole('heading', { level: 1, name: 'Admin console' }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Programmes by status' }).waitFor();
        await page.getByRole('table').waitFor();
        await screenshot(page, 'admin-console-light');
        expect(await axeViolations(page)).toEqual([]);
      },
      BROWSER_TEST,
    );

    it(
      'switches to French',
      async () => {
        await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^FR/ }).click();
        await nav(page).getByRole('link', { name: 'Mon espace' }).waitFor();
        await nav(page).getByRole('link', { name: 'Console d’administration' }).waitFor();
        await page.getByRole('heading', { level: 1, name: 'Console d’administration' }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Programmes par statut' }).waitFor();
        await page.getByRole('banner').getByText('Locataire de démonstration').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('fr');
        await screenshot(page, 'admin-console-fr');
      },
      BROWSER_TEST,
    );

    it(
      'keeps the admin signed in, and in French, across a reload',
      async () => {
        await page.reload();
        await nav(page).getByRole('link', { name: 'Console d’administration' }).waitFor();
        expect(await page.getByRole('heading', { name: 'Connexion de démonstration' }).count()).toBe(0);
        await page.getByRole('heading', { level: 1, name: 'Console d’administration' }).waitFor();
      },
      BROWSER_TEST,
    );

    it(
      'signs out to switch person',
      async () => {
        await page.getByRole('button', { name: /Compte de/ }).click();
        await page.getByRole('menuitem', { name: 'Se déconnecter / changer de personne' }).click();
        await page.getByRole('heading', { level: 1, name: 'Connexion de démonstration' }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Connexion de démonstration' }).waitFor();
      },
      BROWSER_TEST,
    );
  });

  it(
    'does not offer the admin console to a mentee',
    async () => {
      const page = await openTab({ viewport: { width: 320, height: 720 } });
      await signInAs(page, 'mentee');
      const mentee = persona('mentee');
      await page.getByRole('heading', { level: 1, name: `Hello ${mentee.displayName}` }).waitFor();
      await nav(page).getByRole('link', { name: 'Programmes' }).waitFor();
      expect(await nav(page).getByRole('link', { name: 'Admin console' }).count()).toBe(0);
      await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
      await screenshot(page, 'shell-mentee-320');
      expect(await axeViolations(page)).toEqual([]);

      await nav(page).getByRole('link', { name: 'Programmes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
      await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
      await screenshot(page, 'programmes-mentee-320');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${app.baseUrl}/#/admin`);
      await page.getByText('The admin console is for programme admins.').waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    },
    BROWSER_TEST,
  );

  it(
    'signs the same person in again, silently, when the service rejects the token',
    async () => {
      const page = await openTab();
      await signInAs(page, 'mentor');
      const mentor = persona('mentor');
      await page.getByRole('heading', { level: 1, name: `Hello ${mentor.displayName}` }).waitFor();

      // As after a restart with a new signing key: the next call to the API answers 401 once.
      let meCalls = 0;
      let signIns = 0;
      await page.route('**/api/v1/me', async (route) => {
        if (meCalls++ === 0) {
          await route.fulfill({
            status: 401,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Unauthorized',
              status: 401,
              code: 'unauthenticated',
            }),
          });
        } else {
          await route.continue();
        }
      });
      page.on('request', (request) => {
        if (request.url().endsWith('/_demo/token')) signIns++;
      });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Hello ${mentor.displayName}` }).waitFor();
      expect(meCalls).toBe(2);
      // One on reload (the remembered person), one after the 401.
      expect(signIns).toBe(2);
      expect(await page.getByRole('heading', { name: 'Demo sign-in' }).count()).toBe(0);
    },
    BROWSER_TEST,
  );

  it(
    'follows a dark system theme and offers high contrast, axe-clean in both',
    async () => {
      const page = await openTab({ colorScheme: 'dark' });
      await page.locator('[data-persona="sponsor"]').first().waitFor();
      await screenshot(page, 'sign-in-dark');
      expect(await axeViolations(page)).toEqual([]);
      await signInAs(page, 'sponsor');
      await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
      await screenshot(page, 'shell-sponsor-dark');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Theme: Match system' }).click();
      await page.getByRole('menuitemradio', { name: 'High contrast' }).click();
      await page.getByRole('button', { name: 'Theme: High contrast' }).waitFor();
      await page.keyboard.press('Escape');
      await screenshot(page, 'shell-sponsor-contrast');
      expect(await axeViolations(page)).toEqual([]);
    },
    BROWSER_TEST,
  );

  it(
    'shows the problem the API reports instead of a blank screen',
    async () => {
      const page = await openTab();
      await page.route('**/api/v1/programmes', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Service Unavailable',
            status: 503,
            code: 'store_unavailable',
            detail: 'The programme store is not reachable.',
          }),
        }),
      );
      await signInAs(page, 'admin');
      await page.getByText('The programme store is not reachable.').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      await screenshot(page, 'problem-programmes');
      expect(await axeViolations(page)).toEqual([]);
    },
    BROWSER_TEST,
  );

  it(
    'explains that Binôme opens in Teams when the dev sign-in is off',
    async () => {
      const page = await openTab({ locale: 'fr-FR' });
      await page.route('**/tab-config.json', (route) =>
        route.fulfill({
          json: { mode: 'tenant', clientId: '00000000-0000-0000-0000-000000000000', demoSignIn: false },
        }),
      );
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Ouvrez Binôme dans Microsoft Teams' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('[data-persona]').count()).toBe(0);
      await screenshot(page, 'not-in-host-fr');
      expect(await axeViolations(page)).toEqual([]);
    },
    BROWSER_TEST,
  );

  it(
    'says in French why a sign-in failed, where the service answered in English',
    async () => {
      const page = await openTab({ locale: 'fr-FR' });
      await page.getByLabel('Adresse de connexion (UPN)').fill('personne@contosobanque.onmicrosoft.com');
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      const bar = page.getByText('Un problème est survenu').locator('..');
      await bar
        .getByText('Personne de ce nom ne travaille dans l’organisation de démonstration', { exact: false })
        .waitFor();
      expect(await page.getByText('Nobody called', { exact: false }).count()).toBe(0);
      await screenshot(page, 'sign-in-refused-fr');
      await page.context().close();
    },
    BROWSER_TEST,
  );

  it('raised no script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
