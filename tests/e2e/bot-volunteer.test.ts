import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordingConnector, startRecordingConnector } from '../bot/support/recording-connector';
import { Chat, demoPeople, fillSignUp, openProgramme, type Person } from '../bot/support/service-chat';
import { startTestApp, type TestApp } from '../support/app';
import { aProgramme } from '../support/builders';
import { launchBrowser, screenshot } from './support/browser';
import { ensureTabBuilt } from './support/tab-build';
import { settled, signedInTab } from './support/tab-session';

/** The loop a new admin tries first: open a programme, someone volunteers in Teams chat, review them in the tab. */
describe('a volunteer who signed up through the bot, seen by the admin in the tab', () => {
  let app: TestApp;
  let browser: Browser;
  let connector: RecordingConnector;
  let people: Person[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser, connector] = await Promise.all([
      startTestApp({ env: { DEMO_EMPTY: 'true' } }),
      launchBrowser(),
      startRecordingConnector(),
    ]);
    people = await demoPeople(app.baseUrl);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await connector?.close();
  });

  it('shows the bot volunteer with their answers among the programme’s volunteers', async () => {
    const admin = people.find((p) => p.persona === 'admin')!;
    const mentor = people.find((p) => p.persona === 'mentor')!;
    const programmeId = await openProgramme(
      app.baseUrl,
      admin.token,
      aProgramme({ name: 'Leaders numériques' }),
    );

    const chat = new Chat(
      () => app.baseUrl,
      connector,
      mentor,
      'fr-FR',
      app.service.config.microsoft.tenantId,
    );
    const summary = await fillSignUp(chat, 'rejoindre', {
      role: 'mentor',
      skills: { 'generative-ai': 5, 'data-literacy': 4 },
      goals: 'Partager mes usages de l’IA avec la direction.',
      days: 'monday,thursday',
      dayparts: 'afternoon',
      languages: 'fr,en',
      capacity: '2',
    });
    const done = await chat.press(summary.card, 'confirm');
    expect(done.texts.join(' ')).toContain('Merci');

    const page = await signedInTab(browser, app.baseUrl, 'admin', { errors: pageErrors });
    await page.goto(`${app.baseUrl}/#/admin/programmes/${programmeId}/volunteers`);
    await settled(page);
    const table = page.getByRole('region', { name: 'Volunteers', exact: true });
    await table.getByText(mentor.displayName).waitFor();
    await page.getByRole('button', { name: `Details of ${mentor.displayName}` }).click();
    await table.getByText('With the Binôme bot', { exact: false }).waitFor();
    await table.getByText('Partager mes usages de l’IA avec la direction.').waitFor();
    await screenshot(page, 'volunteer-from-bot');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
