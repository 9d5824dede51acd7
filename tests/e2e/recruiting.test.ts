import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPersonaDto } from '../../api/src/contract';
import { startTestApp, type TestApp } from '../support/app';
import { axeViolations, launchBrowser, screenshot } from './support/browser';
import { ensureTabBuilt } from './support/tab-build';
import { demoPersonas, settled, signedInTab } from './support/tab-session';

const BROWSER_TEST = 60_000;
const PROGRAMME = 'Digital leaders 2027';

/** The whole page from its top (a scrolled page leaves a blank band in full-page captures). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Light, then dark (as the system asks), axe-clean in both; back to light afterwards. */
async function expectAccessibleInBothThemes(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-light`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, `${name}-dark`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('recruiting a programme from the tab, on an empty tenant', () => {
  let app: TestApp;
  let browser: Browser;
  let persona: (role: DemoPersonaDto['persona']) => DemoPersonaDto;
  let admin: Page;
  let mentee: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startTestApp({ env: { DEMO_EMPTY: 'true' } }), launchBrowser()]);
    persona = await demoPersonas(app.baseUrl);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const objective = (page: Page, number: number) => page.getByRole('group', { name: `Objective ${number}` });

  async function fillObjective(page: Page, number: number): Promise<void> {
    await page.getByRole('button', { name: 'Add an objective' }).click();
    const row = objective(page, number);
    await row.getByLabel('Label in French').fill('Les mentoré·es utilisent l’IA générative chaque semaine');
    await row.getByLabel('Label in English').fill('Mentees use generative AI every week');
    await row.getByLabel('Indicator (KPI)').selectOption({ label: 'Skill progression' });
    await row.getByLabel('Target').fill('1.5');
  }

  async function openRecruiting(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Open recruiting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open recruiting' });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it(
    'lets the admin create a programme with an objective, then shows the service’s defaults',
    async () => {
      admin = await signedInTab(browser, app.baseUrl, 'admin', { errors: pageErrors });
      await admin.goto(`${app.baseUrl}/#/admin`);
      await admin.getByText('Create the first one with “New programme”.', { exact: false }).waitFor();
      await admin.getByRole('link', { name: 'New programme' }).click();
      await admin.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();

      // A programme without a name is refused at the field, before anything is sent.
      await admin.getByRole('button', { name: 'Create the programme' }).click();
      await admin.getByText('Name the programme (3 characters at least).').waitFor();
      expect(await admin.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);

      await admin.getByLabel('Name').fill(PROGRAMME);
      await admin
        .getByLabel('Description')
        .fill('Pairs of digital natives and senior leaders, one hour a month.');
      await admin.getByLabel('Start date').fill('2027-01-15');
      await admin.getByLabel('End date').fill('2027-12-15');
      await fillObjective(admin, 1);
      await admin.getByLabel('Departments').fill('Retail Banking');
      await admin.getByLabel('Departments').press('Enter');
      await admin.getByRole('button', { name: 'Remove Retail Banking' }).waitFor();
      await admin.getByRole('button', { name: 'Remove Retail Banking' }).click();

      const sponsor = persona('sponsor');
      await admin
        .getByRole('combobox', { name: 'Sponsors' })
        .pressSequentially(sponsor.displayName.slice(0, 4));
      await admin.getByRole('option', { name: new RegExp(sponsor.displayName) }).click();
      await admin.getByRole('list', { name: 'Chosen: Sponsors' }).getByText(sponsor.displayName).waitFor();
      await expectAccessibleInBothThemes(admin, 'editor-new');

      await admin.getByRole('button', { name: 'Create the programme' }).click();
      await admin.getByText('Programme created').waitFor();
      expect(admin.url()).toMatch(/#\/admin\/programmes\/[0-9a-f-]{36}$/);
      await admin.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
      await admin
        .getByRole('group', { name: /^Skill 1/ })
        .getByLabel('Label in English')
        .waitFor();
      expect(await admin.getByRole('group', { name: /^Skill \d/ }).count()).toBeGreaterThan(3);
      expect(await admin.getByLabel('Charter in English').inputValue()).toContain('Confidentiality');
      expect(await objective(admin, 1).getByLabel('Label in English').inputValue()).toBe(
        'Mentees use generative AI every week',
      );
      await admin.getByText(sponsor.displayName).first().waitFor();
      await expectAccessibleInBothThemes(admin, 'editor-created');
    },
    BROWSER_TEST,
  );

  it(
    'refuses to open recruiting without an objective, says why, and opens it once fixed',
    async () => {
      await admin.getByRole('button', { name: 'Remove objective 1' }).click();
      expect(await admin.getByRole('button', { name: 'Open recruiting' }).isDisabled()).toBe(true);
      await admin.getByRole('button', { name: 'Save', exact: true }).click();
      await admin.getByText('Saved.').waitFor();
      await openRecruiting(admin);
      await admin.getByText('The programme cannot move yet').waitFor();
      await admin.getByText('Add at least one objective with its indicator and target.').waitFor();
      await shot(admin, 'editor-transition-refused');

      await fillObjective(admin, 1);
      await admin.getByRole('button', { name: 'Save', exact: true }).click();
      await admin.getByText('Saved.').waitFor();
      await openRecruiting(admin);
      await admin.getByText('The programme is now at the “Recruiting” step.').waitFor();
      await admin.locator('[aria-current="step"]', { hasText: 'Recruiting' }).waitFor();
      await admin.getByRole('button', { name: 'Start matching' }).waitFor();
      await shot(admin, 'editor-recruiting');
    },
    BROWSER_TEST,
  );

  it(
    'lets a mentee volunteer in the tab, keeping the answers when the charter is not accepted',
    async () => {
      mentee = await signedInTab(browser, app.baseUrl, 'mentee', {
        errors: pageErrors,
        viewport: { width: 320, height: 720 },
      });
      await mentee.getByRole('navigation').getByRole('link', { name: 'Programmes' }).click();
      await mentee.getByRole('link', { name: `Volunteer for ${PROGRAMME}` }).click();
      await mentee.getByRole('heading', { level: 1, name: `Volunteer for ${PROGRAMME}` }).waitFor();
      await mentee.getByRole('heading', { name: 'Your profile, from Microsoft 365' }).waitFor();

      await mentee.getByRole('radio', { name: /Mentee/ }).check();
      await mentee.getByRole('checkbox', { name: 'Generative AI' }).check();
      await mentee.getByRole('radiogroup', { name: /current level in Generative AI/ }).waitFor();
      await mentee.getByRole('radio', { name: '2 · Basic' }).check();
      await mentee
        .getByLabel('What you want to be able to do by the end')
        .fill('Write a prompt that saves me time.');
      await mentee.getByRole('checkbox', { name: 'Tuesday' }).check();
      await mentee.getByRole('checkbox', { name: 'Morning' }).check();
      const english = mentee.getByRole('checkbox', { name: 'English' });
      if (!(await english.isChecked())) await english.check();
      await mentee.getByRole('checkbox', { name: /how Binôme uses my data/ }).check();
      await mentee.getByRole('button', { name: 'Continue to the summary' }).click();

      const charter = mentee.getByRole('checkbox', { name: /read the trust charter/ });
      await mentee.getByText('Read and accept the trust charter to volunteer.').waitFor();
      expect(await charter.getAttribute('aria-invalid')).toBe('true');
      expect(await charter.evaluate((input) => input === document.activeElement)).toBe(true);
      expect(await mentee.getByRole('radio', { name: '2 · Basic' }).isChecked()).toBe(true);
      expect(await mentee.getByRole('checkbox', { name: 'Tuesday' }).isChecked()).toBe(true);
      expect(await mentee.getByLabel('What you want to be able to do by the end').inputValue()).toBe(
        'Write a prompt that saves me time.',
      );
      await expectAccessibleInBothThemes(mentee, 'apply-charter-missing-320');

      await charter.check();
      await mentee.getByRole('button', { name: 'Continue to the summary' }).click();
      await mentee.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await mentee.getByText('Generative AI').waitFor();
      await mentee.getByText('— level 2, Basic').waitFor();
      await shot(mentee, 'apply-summary-320');
      expect(await axeViolations(mentee)).toEqual([]);
      await mentee.getByRole('button', { name: 'Send my application' }).click();
      await mentee.getByText('Application sent').waitFor();
      await mentee.getByText('Applied', { exact: true }).waitFor();
      await shot(mentee, 'my-application-320');
    },
    BROWSER_TEST,
  );

  it(
    'shows the admin the volunteer, filtered by role, and approves them with a message',
    async () => {
      const volunteer = persona('mentee').displayName;
      await admin.getByRole('link', { name: 'Volunteers' }).first().click();
      await admin.getByRole('heading', { level: 1, name: `Volunteers · ${PROGRAMME}` }).waitFor();
      await settled(admin);
      const tiles = admin.getByRole('list', { name: 'Volunteers per role and status' });
      await tiles
        .getByRole('listitem')
        .filter({ hasText: 'Mentees' })
        .getByText('1', { exact: true })
        .waitFor();

      await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Mentor' });
      await admin.getByText('No volunteer matches these filters').waitFor();
      await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Mentee' });
      const table = admin.getByRole('region', { name: 'Volunteers', exact: true });
      await table.getByText(volunteer).waitFor();

      await admin.getByRole('button', { name: `Details of ${volunteer}` }).click();
      await table.getByText('— level 2, Basic').waitFor();
      await table.getByText('In the Binôme tab', { exact: false }).waitFor();
      await expectAccessibleInBothThemes(admin, 'volunteers-expanded');

      await admin.getByRole('button', { name: `Approve ${volunteer}` }).click();
      const dialog = admin.getByRole('dialog', { name: `Approve ${volunteer}` });
      await dialog.getByLabel('Message (optional)').fill('Welcome aboard! Your mentor will reach out soon.');
      await shot(admin, 'volunteers-review-dialog');
      await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
      await admin.getByText(`${volunteer} is approved`).first().waitFor();
      await admin
        .getByText(new RegExp(`${volunteer} (was told in Teams|has not talked to the Binôme bot yet)`))
        .first()
        .waitFor();
      await table.getByText('Approved', { exact: true }).waitFor();
      await tiles
        .getByRole('listitem')
        .filter({ hasText: 'Approved' })
        .getByText('1', { exact: true })
        .waitFor();
      await admin.getByText('0 mentor places for 1 mentee: not enough mentors, 1 place short.').waitFor();
      await shot(admin, 'volunteers-approved');
    },
    BROWSER_TEST,
  );

  it(
    'shows the mentee the decision and the admin’s message',
    async () => {
      await mentee.reload();
      await mentee.getByText('Approved', { exact: true }).waitFor();
      await mentee.getByText('Welcome aboard! Your mentor will reach out soon.').waitFor();
      await mentee.getByRole('button', { name: 'Withdraw' }).waitFor();
    },
    BROWSER_TEST,
  );

  it('raised no script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
