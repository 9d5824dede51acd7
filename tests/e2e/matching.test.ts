import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { apiClient } from '../support/http';
import { readyToMatch, type Volunteer } from '../support/scenarios';
import { axeViolations, launchBrowser, screenshot } from './support/browser';
import { ensureTabBuilt } from './support/tab-build';
import { settled, signedInTab } from './support/tab-session';

const BROWSER_TEST = 45_000;
const PROGRAMME = 'Digital leaders — Paris';

/** Light, then dark (as the system asks), axe-clean in both; back to light afterwards. */
async function expectAccessibleInBothThemes(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A toast's title (its text is also read out by a live region, hence the narrowing). */
function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.fui-ToastTitle').filter({ hasText: text });
}

describe('forming the pairs of a programme from the tab', () => {
  let app: TestApp;
  let browser: Browser;
  let programmeId: string;
  let volunteers: Volunteer[];
  let admin: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startTestApp({ env: { DEMO_EMPTY: 'true' } }), launchBrowser()]);
    ({ programmeId, volunteers } = await readyToMatch(app, {
      mentors: 4,
      mentees: 4,
      name: PROGRAMME,
      stage: 'recruiting',
    }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const proposals = () => admin.getByRole('list', { name: 'Proposed pairs' }).locator(':scope > li');
  const proposalOf = (mentee: string): Locator => proposals().filter({ hasText: mentee });
  const rules = () => admin.getByRole('list', { name: 'Rules' }).locator(':scope > li');

  it(
    'moves the programme to matching, runs it and shows the proposals with their reasons',
    async () => {
      admin = await signedInTab(browser, app.baseUrl, 'admin', { errors: pageErrors });
      await admin.goto(`${app.baseUrl}/#/admin/programmes/${programmeId}`);
      await admin.getByRole('link', { name: 'Matching', exact: true }).click();
      await admin.getByRole('heading', { level: 1, name: `Matching · ${PROGRAMME}` }).waitFor();
      await settled(admin);
      await admin.getByText('Matching has not run yet').waitFor();
      expect(await admin.getByRole('button', { name: 'Run matching' }).isDisabled()).toBe(true);
      await admin.getByText(`“${PROGRAMME}” is still recruiting.`, { exact: false }).waitFor();
      await screenshot(admin, 'matching-recruiting');

      await admin.getByRole('button', { name: 'Start matching' }).click();
      await toast(admin, 'The programme is now at the “Matching” step.').waitFor();
      await admin.getByRole('button', { name: 'Run matching' }).click();
      await expect.poll(() => proposals().count()).toBe(4);
      await admin.getByText('Matching done: 4 of 4 mentees paired.').waitFor();
      const figures = admin.getByRole('list', { name: 'Figures of the last run' });
      await figures.getByText('4 of 4', { exact: true }).waitFor();
      await admin.getByText('Proved optimal').waitFor();
      await admin.getByText(/Computed in \d+ ms/).waitFor();

      const mentees = volunteers.filter((v) => v.role === 'mentee');
      const first = proposals().first();
      await first.getByRole('button', { name: /^Why this pair/ }).click();
      await first
        .getByRole('listitem')
        .filter({ hasText: /learning goals/ })
        .waitFor();
      await first
        .getByRole('listitem')
        .filter({ hasText: /reverse mentoring/ })
        .waitFor();
      expect(await admin.getByRole('list', { name: 'People left unpaired' }).count()).toBeLessThanOrEqual(1);
      expect(mentees.length).toBe(4);
      await expectAccessibleInBothThemes(admin, 'matching-proposals');
    },
    BROWSER_TEST,
  );

  it(
    'locks one pair and swaps the mentor of another, matching again each time',
    async () => {
      const [lockedMentee, swappedMentee] = volunteers.filter((v) => v.role === 'mentee');
      const locked = proposalOf(lockedMentee!.displayName);
      await locked.getByRole('button', { name: /^Lock / }).click();
      await locked.getByText('Locked', { exact: true }).waitFor();
      await rules().filter({ hasText: 'Always together' }).waitFor();

      const swapped = proposalOf(swappedMentee!.displayName);
      await swapped.getByRole('button', { name: `Swap the mentor of ${swappedMentee!.displayName}` }).click();
      const dialog = admin.getByRole('dialog', { name: `Another mentor for ${swappedMentee!.displayName}` });
      const mentor = dialog.getByLabel('Mentor');
      const choice = (await mentor.locator('option').first().textContent())!.split(' · ')[0]!;
      await screenshot(admin, 'matching-swap-dialog');
      await dialog.getByRole('button', { name: 'Keep this pair and match again' }).click();
      await expect.poll(() => rules().count()).toBe(2);
      await swapped.getByText(choice).waitFor();
      await swapped.getByText('Locked', { exact: true }).waitFor();
      expect(await proposals().count()).toBe(4);
      await screenshot(admin, 'matching-after-swap');
    },
    BROWSER_TEST,
  );

  it(
    'approves all the pairs, says the bot introduces them, then ends one with a reason',
    async () => {
      await admin.getByRole('button', { name: 'Approve all' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Approve 4 pairs' });
      await dialog.getByText('The Binôme bot then introduces each pair in Teams', { exact: false }).waitFor();
      await screenshot(admin, 'matching-approve-dialog');
      await dialog.getByRole('button', { name: 'Approve and introduce' }).click();
      await toast(admin, /^4 pairs approved, \d+ introductions? delivered in Teams$/).waitFor();
      const active = admin.getByRole('list', { name: 'Active pairs' }).locator(':scope > li');
      await expect.poll(() => active.count()).toBe(4);
      await admin.getByText('No pair proposed').waitFor();
      await admin.getByRole('button', { name: 'Start the programme' }).waitFor();

      const last = volunteers.filter((v) => v.role === 'mentee').at(-1)!;
      await active
        .filter({ hasText: last.displayName })
        .getByRole('button', { name: /^End pair/ })
        .click();
      const end = admin.getByRole('dialog', { name: /^End the pair/ });
      await end.getByRole('button', { name: 'End the pair' }).click();
      await end.getByText('Say why the pair ends (3 characters at least).').waitFor();
      await end.getByLabel(/Reason/).fill('Schedules never matched');
      await end.getByRole('button', { name: 'End the pair' }).click();
      await toast(admin, /^The pair .+ has ended$/).waitFor();
      await expect.poll(() => active.count()).toBe(3);
      await screenshot(admin, 'matching-active');
    },
    BROWSER_TEST,
  );

  it(
    'shows a paired mentee their binôme and why they were paired',
    async () => {
      const call = apiClient(app.baseUrl);
      const token = await app.tokenFor(volunteers.find((v) => v.role === 'mentee')!.upn);
      const mine = (await call('GET', '/api/v1/me/pairings', { token })).body.items;
      const mentee = volunteers.find((v) => v.role === 'mentee')!;
      const partner = mine[0].partner.displayName as string;

      const context = await browser.newContext({
        locale: 'en-GB',
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${app.baseUrl}/`);
      await page.getByLabel('Sign-in address (UPN)').fill(mentee.upn);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'My binôme' }).waitFor();
      const card = page.getByRole('list', { name: 'My binôme' }).locator(':scope > li');
      await card.getByRole('heading', { level: 3, name: partner }).waitFor();
      await card.getByText(`Your mentor in ${PROGRAMME}`).waitFor();
      await card.getByRole('heading', { name: 'Why you were paired' }).waitFor();
      await card
        .getByRole('listitem')
        .filter({ hasText: /learning goals/ })
        .first()
        .waitFor();
      await card.getByRole('link', { name: /@/ }).waitFor();
      await settled(page);
      await expectAccessibleInBothThemes(page, 'my-binome');
      await context.close();
    },
    BROWSER_TEST,
  );

  it('raised no script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
