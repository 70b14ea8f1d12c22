// Shared fixtures: every test page records its requests and console errors, and helpers check accessibility
// and save screenshots for people to look at.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });

export const sizes = { projector: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } };

export const test = base.extend({
  // Every request the page makes, and every console error or CSP violation it reports.
  page: async ({ page }, use) => {
    page.requests = [];
    page.problems = [];
    page.on('request', (r) => page.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
    page.on('pageerror', (e) => page.problems.push(String(e)));
    await use(page);
  },
});
export { expect };

/** Opens a path and waits until the app has rendered (the main landmark exists). */
export async function open(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('main#main')).toBeVisible();
}

/** axe-core over the whole page: no serious or critical violations. */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Saves a screenshot at projector and phone size and checks each with axe. */
export async function shoot(page, name) {
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(50);
    await page.screenshot({ path: `${shots}${name}-${size}.png`, fullPage: size === 'phone' });
    await expectAccessible(page, `${name} at ${size}`);
  }
  await page.setViewportSize(sizes.projector);
}

/** Every request went to the page's own origin. */
export function expectOwnOriginOnly(page) {
  const origin = new URL(page.url()).origin;
  const foreign = page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
}
