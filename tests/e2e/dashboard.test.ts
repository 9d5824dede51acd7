import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { apiClient } from '../support/http';
import { ARTIFACTS_DIR, axeViolations, launchBrowser, screenshot } from './support/browser';
import { bookAllSessions, DEMO_PAST_PROGRAMME, DEMO_PILOT, demoProgrammes } from './support/demo-data';
import { ensureTabBuilt } from './support/tab-build';
import { demoPersonas, settled, signedInTab } from './support/tab-session';
import { expectAccessibleInBothThemes, expectAccessibleInHighContrast } from './support/themes';

const BROWSER_TEST = 90_000;

/**
 * The dashboards on the demo's own data: the finished season for the admin and its sponsor (figures,
 * charts, privacy, follow-up, CSV, the printable report), then a mentee of the running pilot giving
 * feedback after a demo "finish", seen in the admin's figures.
 */
describe('dashboards and feedback in the tab', () => {
  let app: TestApp;
  let browser: Browser;
  let adminToken: string;
  let sponsorToken: string;
  let pastId: string;
  let pilotId: string;
  let admin: Page;
  const pageErrors: string[] = [];
  const call = () => apiClient(app.baseUrl);
  const dashboardOf = async (id: string, query = '') =>
    (await call()('GET', `/api/v1/programmes/${id}/dashboard${query}`, { token: adminToken })).body;

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    const persona = await demoPersonas(app.baseUrl);
    adminToken = await app.tokenFor(persona('admin').userPrincipalName);
    sponsorToken = await app.tokenFor(persona('sponsor').userPrincipalName);
    const ids = await demoProgrammes(app.baseUrl, adminToken, [DEMO_PAST_PROGRAMME, DEMO_PILOT]);
    pastId = ids[DEMO_PAST_PROGRAMME]!;
    pilotId = ids[DEMO_PILOT]!;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(
    'shows the admin the season’s figures, charts, pairs at risk, support requests and comments',
    async () => {
      const figures = await dashboardOf(pastId);
      const followUp = (await call()('GET', `/api/v1/programmes/${pastId}/follow-up`, { token: adminToken }))
        .body;
      expect(figures.view).toBe('admin');
      expect(figures.sessions.held).toBeGreaterThan(20);

      admin = await signedInTab(browser, app.baseUrl, 'admin', { errors: pageErrors, acceptDownloads: true });
      await admin.goto(`${app.baseUrl}/#/admin`);
      await admin.getByRole('link', { name: `Dashboard of ${DEMO_PAST_PROGRAMME}` }).click();
      await admin.getByRole('heading', { level: 1, name: `Dashboard · ${DEMO_PAST_PROGRAMME}` }).waitFor();
      await settled(admin);

      const tiles = admin.getByRole('list', { name: 'Key figures' }).locator(':scope > li');
      await tiles
        .filter({ hasText: 'Active pairs' })
        .getByText(String(figures.pairs.active), { exact: true })
        .waitFor();
      await tiles
        .filter({ hasText: 'Sessions held per pair' })
        .getByText(`${figures.sessions.held} sessions held`, { exact: false })
        .waitFor();
      await tiles
        .filter({ hasText: 'Average session rating' })
        .getByText(/^\d\.?\d* \/ 5$/)
        .waitFor();
      expect(await tiles.count()).toBe(8);

      for (const title of [
        'Objectives against their targets',
        'Sessions by state',
        'Average rating per month',
        'Skills before and after',
      ]) {
        const figure = admin.getByRole('figure', { name: title });
        await figure.waitFor();
        await figure.locator('svg, [class*="benchmark"]').first().waitFor();
      }
      // The donut's arcs and the rating line are drawn.
      const paths = (name: string) => admin.getByRole('figure', { name }).locator('svg path').count();
      expect(await paths('Sessions by state')).toBeGreaterThan(2);
      expect(await paths('Average rating per month')).toBeGreaterThan(2);
      await admin
        .getByRole('region', { name: 'Charts' })
        .screenshot({ path: `${ARTIFACTS_DIR}dashboard-charts.png` });

      // Names, reasons and actions for the pairs at risk; support requests; comments without names.
      const atRisk = admin.getByRole('list', { name: 'Pairs at risk' }).locator(':scope > li');
      expect(followUp.atRisk.length).toBeGreaterThan(0);
      await expect.poll(() => atRisk.count()).toBe(followUp.atRisk.length);
      const first = followUp.atRisk[0];
      const card = atRisk.filter({ hasText: first.mentee.displayName });
      await card
        .getByRole('link', {
          name: `Open the sessions of ${first.mentee.displayName} and ${first.mentor.displayName}`,
        })
        .waitFor();
      await card.getByRole('link', { name: /on the matching page$/ }).waitFor();
      const support = admin.getByRole('list', { name: 'Support requests' }).locator(':scope > li');
      expect(followUp.support.length).toBeGreaterThan(0);
      await expect.poll(() => support.count()).toBe(followUp.support.length);
      const comments = admin.getByRole('list', { name: 'Comments' }).locator(':scope > li');
      expect(await comments.count()).toBeGreaterThan(0);
      // The survey rounds the season had.
      const rounds = admin.getByRole('region', { name: 'Survey rounds' }).getByRole('row');
      await expect.poll(() => rounds.count()).toBe(3);

      await expectAccessibleInBothThemes(admin, 'dashboard-admin');
      await expectAccessibleInHighContrast(admin, 'dashboard-admin');

      // Marking a support request handled.
      const open = support.filter({ has: admin.getByRole('button', { name: /^Mark the request of/ }) });
      const before = await open.count();
      await open
        .first()
        .getByRole('button', { name: /^Mark the request of/ })
        .click();
      await expect.poll(() => open.count()).toBe(before - 1);
      await admin
        .getByText(/Handled on /)
        .first()
        .waitFor();
    },
    BROWSER_TEST,
  );

  it('hides a department of fewer than five people, in the table and when filtered', async () => {
    const figures = await dashboardOf(pastId);
    const small = figures.byDepartment.find((d: { withheld: boolean }) => d.withheld);
    expect(small, 'the demo season has a department of fewer than five people').toBeTruthy();
    const row = admin
      .getByRole('region', { name: 'Figures by department' })
      .getByRole('row', { name: new RegExp(small.department) });
    await row.getByText('Hidden: fewer than 5 people').first().waitFor();

    await admin.getByRole('combobox', { name: 'Department' }).selectOption(small.department);
    await admin.getByText('Fewer than 5 people in this selection').waitFor();
    const tiles = admin.getByRole('list', { name: 'Key figures' }).locator(':scope > li');
    await tiles
      .filter({ hasText: 'Average session rating' })
      .getByText('Hidden: fewer than 5 people')
      .waitFor();
    expect(await admin.getByRole('figure').count()).toBe(0);
    const filtered = await dashboardOf(pastId, `?department=${encodeURIComponent(small.department)}`);
    expect(filtered.withheld).toBe(true);
    await screenshot(admin, 'dashboard-department-hidden');
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Clear the filters' }).click();
    await admin.getByRole('figure', { name: 'Sessions by state' }).waitFor();
  });

  it(
    'downloads the CSV and prints the impact report without names',
    async () => {
      const download = admin.waitForEvent('download');
      await admin.getByRole('button', { name: 'Export CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`binome-dashboard-${pastId}.csv`);
      const csv = await readFile((await file.path())!, 'utf8');
      expect(csv.split('\n')[0]).toContain('figure');
      expect(csv).toContain('sessions_held');

      await admin.getByRole('link', { name: 'Impact report' }).click();
      await admin
        .getByRole('heading', { level: 1, name: `Impact report · ${DEMO_PAST_PROGRAMME}` })
        .waitFor();
      await settled(admin);
      await admin.getByRole('button', { name: 'Print' }).waitFor();
      await admin.getByRole('table', { name: 'Objectives against their targets' }).waitFor();
      const followUp = (await call()('GET', `/api/v1/programmes/${pastId}/follow-up`, { token: adminToken }))
        .body;
      const text = (await admin.locator('main').textContent()) ?? '';
      for (const pair of followUp.atRisk) expect(text).not.toContain(pair.mentee.displayName);
      await expectAccessibleInBothThemes(admin, 'impact-report');

      // `window.print()` opens the browser's dialog: checked by hand; here the print layout itself.
      await admin.emulateMedia({ media: 'print' });
      expect(await admin.getByRole('navigation').isVisible()).toBe(false);
      expect(await admin.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      await admin.getByRole('figure', { name: 'Skills before and after' }).waitFor();
      await screenshot(admin, 'impact-report-print');
      const pdf = await admin.pdf({
        path: path.join(ARTIFACTS_DIR, 'impact-report.pdf'),
        format: 'A4',
        printBackground: true,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(30_000);
      await admin.emulateMedia({ media: 'screen' });
    },
    BROWSER_TEST,
  );

  it(
    'shows the sponsor the health summary only, from their programme card',
    async () => {
      const refused = await call()('GET', `/api/v1/programmes/${pastId}/follow-up`, { token: sponsorToken });
      expect(refused.status).toBe(403);
      const sponsor = await signedInTab(browser, app.baseUrl, 'sponsor', { errors: pageErrors });
      await sponsor.getByRole('link', { name: `Dashboard of ${DEMO_PAST_PROGRAMME}` }).click();
      await sponsor.getByRole('heading', { level: 1, name: `Dashboard · ${DEMO_PAST_PROGRAMME}` }).waitFor();
      await settled(sponsor);
      await sponsor.getByText('Sponsor view').waitFor();
      await sponsor.getByRole('list', { name: 'Key figures' }).waitFor();
      await sponsor.getByRole('figure', { name: 'Sessions by state' }).waitFor();
      expect(await sponsor.getByRole('heading', { name: 'Follow-up' }).count()).toBe(0);
      expect(await sponsor.getByRole('heading', { name: 'Surveys' }).count()).toBe(0);
      expect(await sponsor.getByRole('link', { name: /^Open the sessions of/ }).count()).toBe(0);
      await expectAccessibleInBothThemes(sponsor, 'dashboard-sponsor');
      await sponsor.context().close();
    },
    BROWSER_TEST,
  );

  it(
    'lets a mentee give feedback after a demo “finish”, and the admin’s held count moves',
    async () => {
      await bookAllSessions(app.baseUrl, adminToken, pilotId);
      const heldBefore = (await dashboardOf(pilotId)).sessions.held;

      const mentee = await signedInTab(browser, app.baseUrl, 'mentee', {
        errors: pageErrors,
        timezoneId: 'Europe/Paris',
      });
      await mentee.getByRole('heading', { level: 2, name: 'My progress' }).waitFor();
      await mentee.getByRole('heading', { level: 2, name: 'Surveys' }).waitFor();
      const upcoming = mentee.getByRole('list', { name: 'Upcoming sessions' }).locator(':scope > li');
      await upcoming.first().waitFor();
      await settled(mentee);
      const card = upcoming
        .filter({ has: mentee.getByRole('button', { name: 'Simulate: this session just ended' }) })
        .first();
      const title = (await card.getByRole('heading', { level: 3 }).textContent())!;
      const number = (await card.getByText(/^Session \d+ of \d+/).textContent())!.match(
        /Session (\d+) of/,
      )![1];
      await card.getByRole('button', { name: 'Simulate: this session just ended' }).click();

      const recent = mentee.getByRole('list', { name: 'Sessions that just ended' }).locator(':scope > li');
      const ended = recent.filter({ hasText: title }).filter({ hasText: `Session ${number} of` });
      await ended.getByText('You have not given feedback on this session yet.').waitFor();
      await expectAccessibleInBothThemes(mentee, 'feedback-mine-ended');

      await ended.getByRole('button', { name: /^Give feedback/ }).click();
      const dialog = mentee.getByRole('dialog', { name: /^Feedback on session/ });
      await dialog.getByRole('radio', { name: 'Yes' }).first().check();
      await dialog.getByRole('button', { name: 'Send my feedback' }).click();
      await dialog.getByText('Rate the session from 1 to 5.').waitFor();
      await screenshot(mentee, 'feedback-dialog-missing');
      expect(await axeViolations(mentee)).toEqual([]);
      await dialog
        .getByRole('radiogroup', { name: /How was it/ })
        .getByRole('radio', { name: '5' })
        .check();
      await dialog
        .getByRole('radiogroup', { name: /objective met/ })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await dialog
        .getByRole('textbox', { name: 'What I learned' })
        .fill('Partager un classeur Excel avec Copilot.');
      await dialog.getByRole('checkbox', { name: /I’d like support/ }).check();
      await screenshot(mentee, 'feedback-dialog');
      await dialog.getByRole('button', { name: 'Send my feedback' }).click();
      await ended.getByText(/^Feedback given .+ you can change it until /).waitFor();
      await ended.getByText('Thank you, your feedback is saved.').waitFor();

      await expect.poll(async () => (await dashboardOf(pilotId)).sessions.held).toBe(heldBefore + 1);
      await admin.goto(`${app.baseUrl}/#/programmes/${pilotId}/dashboard`);
      await admin.getByRole('heading', { level: 1, name: `Dashboard · ${DEMO_PILOT}` }).waitFor();
      await settled(admin);
      const tiles = admin.getByRole('list', { name: 'Key figures' }).locator(':scope > li');
      const held = heldBefore + 1;
      await tiles
        .filter({ hasText: 'Sessions held per pair' })
        .getByText(`${held} session${held === 1 ? '' : 's'} held`, { exact: false })
        .waitFor();
      await admin.getByRole('list', { name: 'Support requests' }).locator(':scope > li').first().waitFor();
      await screenshot(admin, 'dashboard-pilot-after-feedback');
      await mentee.context().close();
    },
    BROWSER_TEST + 90_000,
  );

  it(
    'speaks French: « Tableau de bord », « Chiffres clés », « Rapport d’impact »',
    async () => {
      const french = await signedInTab(browser, app.baseUrl, 'admin', {
        errors: pageErrors,
        locale: 'fr-FR',
      });
      await french.goto(`${app.baseUrl}/#/programmes/${pastId}/dashboard`);
      await french
        .getByRole('heading', { level: 1, name: `Tableau de bord · ${DEMO_PAST_PROGRAMME}` })
        .waitFor();
      await settled(french);
      await french.getByRole('list', { name: 'Chiffres clés' }).waitFor();
      await french.getByRole('figure', { name: 'Séances par état' }).waitFor();
      await french.getByRole('heading', { name: 'Binômes à risque', exact: false }).waitFor();
      await expectAccessibleInBothThemes(french, 'dashboard-admin-fr');
      await french.getByRole('link', { name: 'Rapport d’impact' }).click();
      await french.getByRole('button', { name: 'Imprimer' }).waitFor();
      await settled(french);
      await screenshot(french, 'impact-report-fr');
      expect(await axeViolations(french)).toEqual([]);
      await french.context().close();
    },
    BROWSER_TEST,
  );

  it('raised no script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
