// The release build made with PUBLIC_URL=/querwerk/ (dist-sub/), served below that sub-path like on a shared
// static host: links, deep links and reloads stay below it.
import { test, expect, expectOwnOriginOnly } from './fixtures.js';

const root = `http://127.0.0.1:${Number(process.env.QW_PORT ?? 4173) + 1}/querwerk/`;

test('hosted below a sub-path, navigation and deep-link reloads stay inside it', async ({ page }) => {
  await page.goto(root);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Querwerk');
  await page.getByRole('link', { name: 'Über Querwerk & Datenschutz' }).click();
  await expect(page).toHaveURL(`${root}about`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über Querwerk & Datenschutz');
  await page.getByRole('link', { name: 'Projekte' }).click();
  await expect(page).toHaveURL(root);
  expectOwnOriginOnly(page);
  expect(page.problems).toEqual([]);
});
