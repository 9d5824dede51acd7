import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { apiClient } from '../support/http';
import { readyToMatch, type Volunteer } from '../support/scenarios';
import { ARTIFACTS_DIR, axeViolations, launchBrowser, screenshot } from './support/browser';
import { ensureTabBuilt } from './support/tab-build';
import { demoPersonas, settled, signedInTab } from './support/tab-session';

const BROWSER_TEST = 60_000;
const PROGRAMME = 'Digital leaders — Lyon';

/** Light, then dark (as the system asks), axe-clean in both; back to light afterwards. */
async function expectAccessibleInBothThemes(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The high-contrast theme (a plain browser offers it in the theme menu), axe-clean too; then back. */
async function expectAccessibleInHighContrast(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('menuitemradio', { name: 'High contrast' }).click();
  await page.getByRole('button', { name: 'Theme: High contrast' }).waitFor();
  await page.keyboard.press('Escape');
  await screenshot(page, `${name}-contrast`);
  expect(await axeViolations(page)).toEqual([]);
  // The choice is remembered in the browser: back to the system's theme for what follows.
  await page.getByRole('button', { name: 'Theme: High contrast' }).click();
  await page.getByRole('menuitemradio', { name: 'Match system' }).click();
  await page.getByRole('button', { name: 'Theme: Match system' }).waitFor();
  await page.keyboard.press('Escape');
}

/** Booking every pair's sessions from the admin page, then a mentee following theirs in My space. */
describe('sessions in the tab', () => {
  let app: TestApp;
  let browser: Browser;
  let programmeId: string;
  let volunteers: Volunteer[];
  let adminToken: string;
  let adminUpn: string;
  let admin: Page;
  const pageErrors: string[] = [];
  const call = () => apiClient(app.baseUrl);
  const base = () => `/api/v1/programmes/${programmeId}`;

  /** A mentee whose sessions are booked, with the first two of them. */
  async function menteeWithBookedSessions(): Promise<{ mentee: Volunteer; booked: any[] }> {
    for (const mentee of volunteers.filter((v) => v.role === 'mentee')) {
      const mine = await call()('GET', '/api/v1/me/sessions', { token: mentee.token });
      const booked = mine.body.items.filter((s: any) => s.status === 'booked');
      if (booked.length >= 3) return { mentee, booked };
    }
    throw new Error('no mentee has three booked sessions');
  }

  /** A fresh browser tab signed in as a demo employee by their UPN. */
  async function signIn(upn: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      acceptDownloads: true,
      ...options,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('textbox', { name: /UPN/ }).fill(upn);
    await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
    await page.getByRole('navigation').waitFor();
    return page;
  }

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startTestApp({ env: { DEMO_EMPTY: 'true' } }), launchBrowser()]);
    adminUpn = (await demoPersonas(app.baseUrl))('admin').userPrincipalName;
    ({ programmeId, volunteers, adminToken } = await readyToMatch(app, {
      mentors: 3,
      mentees: 3,
      name: PROGRAMME,
    }));
    const run = await call()('POST', `${base()}/matching/run`, { token: adminToken });
    const ids = run.body.proposals.map((p: { id: string }) => p.id);
    const approved = await call()('POST', `${base()}/matching/approve`, {
      token: adminToken,
      body: { pairingIds: ids },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const running = await call()('POST', `${base()}/transitions`, {
      token: adminToken,
      body: { to: 'running' },
    });
    expect(running.status, JSON.stringify(running.body)).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(
    'books all sessions from the admin page, showing the progress and then the booked count',
    async () => {
      admin = await signedInTab(browser, app.baseUrl, 'admin', {
        errors: pageErrors,
        timezoneId: 'Europe/Paris',
      });
      await admin.goto(`${app.baseUrl}/#/admin/programmes/${programmeId}`);
      await admin.getByRole('link', { name: 'Sessions', exact: true }).click();
      await admin.getByRole('heading', { level: 1, name: `Sessions · ${PROGRAMME}` }).waitFor();
      await settled(admin);
      await admin.getByText('No session yet', { exact: true }).waitFor();
      await admin.getByText('3 new pairs have no session yet', { exact: false }).waitFor();
      await expectAccessibleInBothThemes(admin, 'sessions-admin-before');

      // Outlook answers slowly for a while, so the run is seen in progress.
      app.service.demo!.tenant.faults.set({ throttleRate: 0.5, retryAfterSeconds: 1, seed: 7 });
      await admin.getByRole('button', { name: 'Book all sessions' }).click();
      const progress = admin.getByRole('progressbar', { name: 'Booking progress' });
      await progress.waitFor();
      await admin.getByText(/\d+ of \d+ sessions handled|Planning each pair’s series/).waitFor();
      await screenshot(admin, 'sessions-admin-progress');
      app.service.demo!.tenant.faults.set({ throttleRate: 0 });

      await admin.getByText(/^Booking finished/).waitFor({ timeout: 60_000 });
      await progress.waitFor({ state: 'detached' });
      const done = (await call()('GET', `${base()}/sessions/booking`, { token: adminToken })).body;
      expect(done.state).toBe('done');
      expect(done.counts.booked).toBeGreaterThan(0);
      const tiles = admin.getByRole('list', { name: 'Sessions by state' }).locator(':scope > li');
      await tiles
        .filter({ hasText: 'Booked' })
        .getByText(String(done.counts.booked), { exact: true })
        .waitFor();
      await admin.getByText(`${done.counts.booked} sessions booked`, { exact: false }).waitFor();
      expect(await admin.getByRole('button', { name: 'Book all sessions' }).isDisabled()).toBe(true);

      const rows = admin.getByRole('region', { name: 'Sessions', exact: true }).getByRole('row');
      await expect.poll(() => rows.count()).toBe(Math.min(done.counts.total, 50) + 1);
      await admin.getByRole('button', { name: `Booked (${done.counts.booked})` }).click();
      await expect.poll(() => rows.count()).toBe(Math.min(done.counts.booked, 50) + 1);
      await rows.nth(1).getByText(/\d\/6/).waitFor();
      await expectAccessibleInBothThemes(admin, 'sessions-admin-booked');
      await expectAccessibleInHighContrast(admin, 'sessions-admin-booked');
    },
    BROWSER_TEST + 60_000,
  );

  it(
    'moves a session to the next slot and cancels another from the admin page',
    async () => {
      // Two sessions Outlook could not book: one without a common free slot, one refused by Graph.
      const listed = (
        await call()('GET', `${base()}/sessions?status=booked&limit=500`, { token: adminToken })
      ).body.items;
      const [full, refused] = listed.slice(-2);
      const explanation = {
        fr: 'Les deux calendriers sont pleins à toutes les heures communes de la période.',
        en: 'Both calendars are full at every shared working hour of the window.',
      };
      await app.service.db.query(
        `update session set status = 'needs_slot', starts_at = null, ends_at = null, join_url = null,
           problem = $2 where id = $1`,
        [full.id, JSON.stringify({ code: 'calendars_full_in_window', detail: { explanation } })],
      );
      await app.service.db.query(`update session set status = 'failed', problem = $2 where id = $1`, [
        refused.id,
        JSON.stringify({
          code: 'ErrorItemNotFound',
          message: 'The specified object was not found in the store.',
        }),
      ]);
      const { counts } = (await call()('GET', `${base()}/sessions/booking`, { token: adminToken })).body;
      const needing = counts.needsSlot === 1 ? '1 needs a new slot' : `${counts.needsSlot} need a new slot`;
      await admin.reload();
      await admin.getByText(`${needing} and ${counts.failed} failed; each one says why.`).waitFor();
      await admin.getByRole('button', { name: 'Show them' }).click();
      const rows = admin.getByRole('region', { name: 'Sessions', exact: true }).getByRole('row');
      await expect.poll(() => rows.count()).toBe(counts.needsSlot + 1);
      const fullRow = rows.filter({ hasText: explanation.en });
      await fullRow.getByText(/^To be held /).waitFor();
      const filters = admin.getByRole('group', { name: 'Show the sessions' }).getByRole('button');
      expect((await filters.allTextContents()).slice(0, 4)).toEqual([
        `All (${counts.total})`,
        `Needs a new slot (${counts.needsSlot})`,
        `Booking failed (${counts.failed})`,
        `Booked (${counts.booked})`,
      ]);
      await admin.getByRole('button', { name: `Booking failed (${counts.failed})` }).click();
      await rows
        .filter({ hasText: 'Outlook refused the booking (ErrorItemNotFound).' })
        .getByText('The specified object was not found in the store.', { exact: false })
        .waitFor();
      await expectAccessibleInBothThemes(admin, 'sessions-admin-attention');
      await admin.getByRole('button', { name: `Booked (${counts.booked})` }).click();
      await expect.poll(() => rows.count()).toBe(Math.min(counts.booked, 50) + 1);

      const first = rows.nth(1);
      await first.getByRole('button', { name: /^Next slot for session/ }).click();
      await admin
        .locator('.fui-ToastTitle')
        .filter({ hasText: /^Session \d\/6 of .+ moved$/ })
        .waitFor();

      await rows
        .nth(2)
        .getByRole('button', { name: /^Cancel session/ })
        .click();
      const dialog = admin.getByRole('dialog', { name: /^Cancel session/ });
      await dialog
        .getByText('Outlook cancels the meeting and sends your message to', { exact: false })
        .waitFor();
      await dialog.getByRole('button', { name: 'Cancel the session' }).click();
      await dialog.getByText('Write a message for the other people.').waitFor();
      await screenshot(admin, 'sessions-admin-cancel-dialog');
      await dialog.getByRole('textbox', { name: /Message/ }).fill('The programme pauses for the audit week.');
      await dialog.getByRole('button', { name: 'Cancel the session' }).click();
      await admin
        .locator('.fui-ToastTitle')
        .filter({ hasText: /cancelled$/ })
        .waitFor();
      await admin.getByRole('button', { name: /^Cancelled \(1\)$/ }).waitFor();
    },
    BROWSER_TEST,
  );

  it(
    'shows a mentee their sessions with a Teams link, moves one to the next slot and cancels another',
    async () => {
      const { mentee, booked } = await menteeWithBookedSessions();
      const page = await signIn(mentee.upn);
      await page.getByRole('heading', { level: 2, name: 'My sessions' }).waitFor();
      const cards = page.getByRole('list', { name: 'Upcoming sessions' }).locator(':scope > li');
      await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(3);
      await settled(page);
      const card = (session: any) => cards.filter({ hasText: `Session ${session.number} of 6` });

      const [moved, cancelled, other] = booked as [any, any, any];
      const join = card(moved).getByRole('link', { name: 'Join in Teams' });
      expect(await join.getAttribute('href')).toBe(moved.joinUrl);
      expect(await join.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      await card(moved)
        .getByRole('button', { name: /^Agenda/ })
        .click();
      await card(moved).getByRole('listitem').first().waitFor();
      await card(moved).getByRole('link', { name: 'Open in the demo calendar' }).waitFor();
      await expectAccessibleInBothThemes(page, 'sessions-mine');

      await card(moved).getByRole('button', { name: 'Find another time' }).click();
      await card(moved)
        .getByText(/^Moved to .+ Outlook has sent the new time/)
        .waitFor();
      const after = (await call()('GET', `/api/v1/sessions/${moved.id}`, { token: mentee.token })).body;
      expect(after.status).toBe('booked');
      expect(after.startsAt).not.toBe(moved.startsAt);

      await card(cancelled).getByRole('button', { name: 'Cancel', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: /^Cancel session/ });
      await dialog.getByRole('textbox', { name: /Message/ }).fill('I am travelling that week, sorry.');
      await dialog.getByRole('button', { name: 'Cancel the session' }).click();
      await card(cancelled)
        .getByText('Session cancelled. Outlook has sent your message to', { exact: false })
        .waitFor();
      await card(cancelled)
        .getByText('Cancelled with this message: “I am travelling that week, sorry.”')
        .waitFor();
      expect(
        (await call()('GET', `/api/v1/sessions/${cancelled.id}`, { token: mentee.token })).body.status,
      ).toBe('cancelled');

      const download = page.waitForEvent('download');
      await card(other).getByRole('button', { name: 'Download (.ics)' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.ics$/);
      await expectAccessibleInBothThemes(page, 'sessions-mine-after');
      await expectAccessibleInHighContrast(page, 'sessions-mine-after');
      await page.context().close();
    },
    BROWSER_TEST,
  );

  it(
    'says why a chosen time does not suit both people, and keeps the agenda fields checked',
    async () => {
      const { mentee, booked } = await menteeWithBookedSessions();
      const page = await signIn(mentee.upn);
      const cards = page.getByRole('list', { name: 'Upcoming sessions' }).locator(':scope > li');
      const card = cards.filter({ hasText: `Session ${booked[0].number} of 6` });
      await card.getByRole('button', { name: 'Choose a time' }).click();
      const choose = page.getByRole('dialog', { name: /^Choose a time for session/ });
      // A Sunday at 03:00 in Paris is nobody's working time.
      await choose.getByLabel(/^New start/).fill('2027-02-07T03:00');
      await choose.getByRole('button', { name: 'Move the session' }).click();
      await choose.getByText('This time does not suit you both').waitFor();
      await choose.getByText('It is outside the working hours of one of you.').waitFor();
      await screenshot(page, 'sessions-choose-refused');
      expect(await axeViolations(page)).toEqual([]);
      await choose.getByRole('button', { name: 'Cancel' }).click();

      await card.getByRole('button', { name: 'Edit the agenda' }).click();
      const agenda = page.getByRole('dialog', { name: /^Agenda of session/ });
      await agenda.getByRole('textbox', { name: /Agenda in French/ }).fill('');
      await agenda.getByRole('button', { name: 'Save the agenda' }).click();
      await agenda.getByText('Write 1 to 12 agenda items, one per line, in this language.').waitFor();
      await screenshot(page, 'sessions-agenda-dialog');
      expect(await axeViolations(page)).toEqual([]);
      await agenda
        .getByRole('textbox', { name: /Agenda in French/ })
        .fill('Démo de Copilot\nExercice sur un vrai rapport');
      await agenda
        .getByRole('textbox', { name: /Agenda in English/ })
        .fill('Copilot demo\nExercise on a real report');
      await agenda.getByRole('button', { name: 'Save the agenda' }).click();
      await card.getByText('Agenda saved; the Outlook invitation is updated.').waitFor();
      const saved = (await call()('GET', `/api/v1/sessions/${booked[0].id}`, { token: mentee.token })).body;
      expect(saved.agenda.fr).toEqual(['Démo de Copilot', 'Exercice sur un vrai rapport']);
      await page.context().close();
    },
    BROWSER_TEST,
  );

  it(
    'speaks French: “Réserver toutes les séances”, “Mes séances”, “Trouver un autre créneau”',
    async () => {
      const french = await signIn(adminUpn, { locale: 'fr-FR' });
      await french.goto(`${app.baseUrl}/#/admin/programmes/${programmeId}/sessions`);
      await french.getByRole('heading', { level: 1, name: `Séances · ${PROGRAMME}` }).waitFor();
      await settled(french);
      await french.getByRole('button', { name: 'Réserver toutes les séances' }).waitFor();
      await french.getByText(/^Réservation terminée le/).waitFor();
      await french.getByRole('list', { name: 'Séances par état' }).waitFor();
      await expectAccessibleInBothThemes(french, 'sessions-admin-fr');
      await french.context().close();

      const { mentee } = await menteeWithBookedSessions();
      const page = await signIn(mentee.upn, { locale: 'fr-FR' });
      await page.getByRole('heading', { level: 2, name: 'Mes séances' }).waitFor();
      const cards = page.getByRole('list', { name: 'Séances à venir' }).locator(':scope > li');
      await cards.first().waitFor();
      await settled(page);
      await cards.getByRole('button', { name: 'Trouver un autre créneau' }).first().waitFor();
      await cards.getByRole('link', { name: 'Rejoindre dans Teams' }).first().waitFor();
      await page.getByText(/^Horaires dans votre fuseau/).waitFor();
      await expectAccessibleInBothThemes(page, 'sessions-mine-fr');
      await page.context().close();
    },
    BROWSER_TEST,
  );

  it(
    'edits the time zone, the organiser and the session themes in the programme editor',
    async () => {
      const editor = await signIn(adminUpn);
      await editor.goto(`${app.baseUrl}/#/admin/programmes/${programmeId}`);
      await editor.getByRole('heading', { level: 2, name: 'Session themes' }).waitFor();
      await settled(editor);
      const zone = editor.getByRole('combobox', { name: 'Programme time zone' });
      expect(await zone.inputValue()).toBe('Europe/Paris');
      const themes = editor.locator('[data-theme]');
      const before = await themes.count();
      expect(before).toBeGreaterThan(1);
      const secondName = (await themes
        .nth(1)
        .getByRole('button', { expanded: false })
        .first()
        .textContent())!;

      await zone.fill('lisbon');
      await editor.getByRole('option', { name: 'Europe/Lisbon' }).click();
      await editor.getByRole('radio', { name: 'The mentee' }).check();
      await themes
        .nth(1)
        .getByRole('button', { name: /^Move .+ up$/ })
        .click();
      await themes.first().getByRole('button', { expanded: false }).first().click();
      await themes.first().getByRole('textbox', { name: 'Label in English' }).waitFor();
      await editor.getByRole('button', { name: 'Add a theme' }).click();
      await themes.last().getByRole('textbox', { name: 'Label in English' }).fill('Open banking APIs');
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      // The new theme has no French label, objective or agenda yet: its fields say so.
      await themes.last().getByText('Name the theme in French and in English.').first().waitFor();
      await editor
        .getByRole('region', { name: 'Session themes' })
        .screenshot({ path: `${ARTIFACTS_DIR}sessions-editor-themes-invalid.png` });
      await themes.last().getByRole('textbox', { name: 'Label in French' }).fill('API de l’open banking');
      await themes.last().getByRole('textbox', { name: 'Objective in French' }).fill('Lire les tendances');
      await themes.last().getByRole('textbox', { name: 'Objective in English' }).fill('Read the trends');
      await themes.last().getByRole('textbox', { name: 'Agenda in French' }).fill('Panorama\nDiscussion');
      await themes.last().getByRole('textbox', { name: 'Agenda in English' }).fill('Overview\nDiscussion');
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await editor.getByText('Saved.', { exact: true }).waitFor();
      await expectAccessibleInBothThemes(editor, 'sessions-editor');
      await editor
        .getByRole('region', { name: 'Sessions', exact: true })
        .screenshot({ path: `${ARTIFACTS_DIR}sessions-editor-settings.png` });
      await editor
        .getByRole('region', { name: 'Session themes' })
        .screenshot({ path: `${ARTIFACTS_DIR}sessions-editor-themes.png` });

      const saved = (await call()('GET', base(), { token: adminToken })).body;
      expect(saved.timeZone).toBe('Europe/Lisbon');
      expect(saved.organizer).toBe('mentee');
      expect(saved.sessionThemes).toHaveLength(before + 1);
      expect(secondName).toContain(saved.sessionThemes[0].label.en);
      expect(saved.sessionThemes.at(-1)).toMatchObject({
        id: 'open-banking-apis',
        label: { en: 'Open banking APIs' },
      });
    },
    BROWSER_TEST,
  );

  it('raised no script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
