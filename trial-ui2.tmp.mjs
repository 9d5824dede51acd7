import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto('http://localhost:56150/', { waitUntil: 'networkidle' });
await page.waitForTimeout(5000);
for (const frame of page.frames()) {
  const n = await frame.getByRole('button', { name: 'Help', exact: true }).count();
  console.log('frame', frame.url(), 'help buttons', n);
}
const btn = page.getByRole('button', { name: 'Help', exact: true });
console.log('html', (await btn.first().evaluate((e) => e.outerHTML)).slice(0, 300));
await btn.first().click();
await page.waitForTimeout(5000);
await page.screenshot({ path: '/tmp/pg-5.png' });
await browser.close();
