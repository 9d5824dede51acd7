import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, screenshot } from './browser';

/** Light, then dark (as the system asks), axe-clean in both; back to light afterwards. */
export async function expectAccessibleInBothThemes(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The high-contrast theme (a plain browser offers it in the theme menu), axe-clean too; then back.
 * `labels` are the menu's words in the page's language.
 */
export async function expectAccessibleInHighContrast(
  page: Page,
  name: string,
  labels = { theme: 'Theme', contrast: 'High contrast', system: 'Match system' },
): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${labels.theme}: `) }).click();
  await page.getByRole('menuitemradio', { name: labels.contrast }).click();
  await page.getByRole('button', { name: `${labels.theme}: ${labels.contrast}` }).waitFor();
  await page.keyboard.press('Escape');
  await screenshot(page, `${name}-contrast`);
  expect(await axeViolations(page)).toEqual([]);
  // The choice is remembered in the browser: back to the system's theme for what follows.
  await page.getByRole('button', { name: `${labels.theme}: ${labels.contrast}` }).click();
  await page.getByRole('menuitemradio', { name: labels.system }).click();
  await page.getByRole('button', { name: `${labels.theme}: ${labels.system}` }).waitFor();
  await page.keyboard.press('Escape');
}
