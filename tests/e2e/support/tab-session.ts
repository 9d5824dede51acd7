import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { DemoPersonaDto } from '../../../api/src/contract';

/** The demo personas the service offers, found by role (the first of each role). */
export async function demoPersonas(
  baseUrl: string,
): Promise<(role: DemoPersonaDto['persona']) => DemoPersonaDto> {
  const response = await fetch(`${baseUrl}/_demo/people`);
  const { personas } = (await response.json()) as { personas: DemoPersonaDto[] };
  return (role) => {
    const found = personas.find((candidate) => candidate.persona === role);
    if (!found) throw new Error(`/_demo/people lists no ${role} persona`);
    return found;
  };
}

/**
 * A fresh browser tab on the service, signed in as the first persona of `role`. Reduced motion:
 * Fluent then skips colour transitions, so screenshots and axe see settled colours.
 */
export async function signedInTab(
  browser: Browser,
  baseUrl: string,
  role: DemoPersonaDto['persona'],
  { errors, ...options }: BrowserContextOptions & { errors: string[] },
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/`);
  await page.locator(`[data-persona="${role}"]`).first().click();
  await page.getByRole('navigation').waitFor();
  return page;
}

/** Waits until no spinner is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
}
