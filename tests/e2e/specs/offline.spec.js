// Offline: after one visit the service worker has cached this build, so with the network off a reload still
// starts the app, the method library still loads, and notes are added and kept.
import { test, expect, createWorkshop, addNote, expectSaved, shoot } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app starts and works with the network off', async ({ page, context }) => {
  await createWorkshop(page, 'Heimatverein Zöblitz', 'Wie erreichen wir junge Mitglieder?');
  // Registered two seconds after start; wait until it is active and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  // The manifest and its icons are there (an install prompt needs them).
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const m = await (await fetch(href)).json();
    const ok = await Promise.all(m.icons.map((i) => fetch(new URL(i.src, href)).then((r) => r.ok)));
    return { name: m.short_name, icons: ok };
  });
  expect(manifest).toEqual({ name: 'Querwerk', icons: [true, true, true, true] });
  expect(page.problems).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Heimatverein Zöblitz' })).toBeVisible();
  // The method library comes from the cache too.
  await page.getByRole('link', { name: 'Methode wählen' }).click();
  await page.getByLabel('Suchen').fill('Brainstorming');
  await page.getByRole('link', { name: 'Brainstorming', exact: true }).click();
  await page.getByRole('button', { name: 'Methode starten' }).click();
  await addNote(page, 'Offline notiert im Gemeindesaal', 'Ideen');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('Offline notiert im Gemeindesaal')).toBeVisible();
  await context.setOffline(false);
});

test('a new deployment is offered as an update, and taking it keeps the data', async ({ page }) => {
  await createWorkshop(page, 'Kulturverein Olbernhau', 'Wie machen wir das Programm digital sichtbar?');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  // A new build goes online; the browser checks for it (it also does so on every navigation).
  const origin = new URL(page.url()).origin;
  expect((await fetch(`${origin}/__test/deploy`, { method: 'POST' })).status).toBe(204);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const banner = page.getByRole('status').filter({ hasText: 'Eine neue Version von Querwerk ist bereit' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await banner.getByRole('button', { name: 'Neu laden' }).click();
  // The page reloads under the new worker, with the workshop as it was.
  await expect(page.getByRole('heading', { level: 1, name: 'Kulturverein Olbernhau' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  // The new version took over: nothing waits any more.
  const state = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r.waiting, active: !!r.active })));
  expect(state).toEqual({ waiting: false, active: true });
  expect(page.problems).toEqual([]);
});

// Issue 11, "no stale app forever".

test('a page load the network does not answer within a few seconds starts from the cache', async ({ page, context }) => {
  await createWorkshop(page, 'Bürgerhaus Lengefeld', 'Wie wird das Haus wieder ein Treffpunkt?');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  // The venue's network answers page loads only after 30 seconds (serve.mjs holds them back for this context).
  await context.addCookies([{ name: 'qw-slow-navigation', value: '30000', url: new URL(page.url()).origin }]);
  const started = Date.now();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bürgerhaus Lengefeld' })).toBeVisible();
  // The worker waits three seconds, then starts the cached app; without it the page would wait 30.
  expect(Date.now() - started).toBeLessThan(15_000);
  await context.clearCookies();
  expect(page.problems).toEqual([]);
});

test('an open tab is told when a newer version took over in another tab, and reloading keeps the work', async ({ page, context }) => {
  await createWorkshop(page, 'Stadtbibliothek Marienberg', 'Wie kommen Jugendliche wieder in die Bibliothek?');
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { level: 1, name: 'Stadtbibliothek Marienberg' })).toBeVisible();
  await other.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });

  // A new build goes online and is taken in the other tab.
  expect((await fetch(`${new URL(page.url()).origin}/__test/deploy`, { method: 'POST' })).status).toBe(204);
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const ready = other.getByRole('status').filter({ hasText: 'Eine neue Version von Querwerk ist bereit' });
  await expect(ready).toBeVisible({ timeout: 30_000 });
  await ready.getByRole('button', { name: 'Neu laden' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Stadtbibliothek Marienberg' })).toBeVisible();

  // This tab still runs the old code: it says so.
  const told = page.getByRole('status').filter({ hasText: 'Eine neuere Version von Querwerk ist jetzt aktiv' });
  await expect(told).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'newer-version-active');
  await told.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stadtbibliothek Marienberg' })).toBeVisible();
  await expect(told).toHaveCount(0);
  expect(page.problems).toEqual([]);
  await other.close();
});
