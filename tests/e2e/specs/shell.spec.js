import { test, expect, open, shoot, expectOwnOriginOnly, createWorkshop, addBoard, addNote, expectSaved } from './fixtures.js';

test('start page explains Querwerk and offers the two ways in, in German first', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Querwerk');
  await expect(page.getByRole('button', { name: 'Neues Projekt anlegen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Projektdatei öffnen' })).toBeVisible();
  await shoot(page, 'start-de');
  expect(page.problems).toEqual([]);
});

test('the language switch changes every text, sets <html lang> and is remembered', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Querwerk');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await shoot(page, 'start-en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Create a new project' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('button', { name: 'Neues Projekt anlegen' })).toBeVisible();
});

test('about page says plainly that all data stays in this browser', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'Über Querwerk & Datenschutz' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByText('nur in diesem Browser auf diesem Gerät gespeichert')).toBeVisible();
  await shoot(page, 'about-de');
});

test('deep links survive a reload on a static host, and unknown paths get a not-found page', async ({ page }) => {
  await open(page, '/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über Querwerk & Datenschutz');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über Querwerk & Datenschutz');
  await open(page, '/gibt/es/nicht');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await shoot(page, 'not-found-de');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Querwerk');
});

test('the start page loads only the small start bundle; a workshop loads the full app, which then moves without reloading', async ({ page }) => {
  const wasm = () => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.slice(u.lastIndexOf('/') + 1).split('-')[0]);
  await open(page, '/');
  expect(wasm()).toEqual(['start']);
  await expect(page.getByRole('link', { name: 'Projekte', exact: true })).toHaveAttribute('aria-current', 'page');
  // The start page's five style sheets; the others come with the full app.
  expect(page.requests.filter((u) => u.endsWith('.css'))).toHaveLength(5);
  // The start bundle's button loads the full app's `/new`, which opens the form at once.
  await page.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByRole('dialog', { name: 'Neues Projekt' })).toBeVisible();
  await expect(page.getByLabel('Titel')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Projekte', exact: true })).toHaveAttribute('aria-current', 'page');
  await shoot(page, 'new-project-form');
  await page.getByLabel('Titel').fill('Zweiteilig');
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiteilig' })).toBeVisible();
  expect(wasm()).toEqual(['start', 'querwerk']);
  // The full app's style sheets are in place (workshop.css lays out the header).
  await expect(page.locator('.workshop-header')).toHaveCSS('display', 'flex');
  // Within the full app, links move without loading a page, and the navigation marks where the user is.
  await page.evaluate(() => { window.notReloaded = true; });
  await page.getByRole('link', { name: 'Über Querwerk & Datenschutz' }).click();
  await expect(page.getByRole('link', { name: 'Über Querwerk & Datenschutz' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiteilig' })).toBeVisible();
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Zweiteilig' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Projekte', exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  expect(wasm()).toEqual(['start', 'querwerk']);
  expect(page.problems).toEqual([]);
});

test('an address near the pitch pages loads one bundle once: a trailing slash is the page, an unknown part is not found', async ({ page }) => {
  await createWorkshop(page, 'Adressen', '');
  const workshop = page.url();
  let loads = 0;
  page.on('load', () => { loads += 1; });
  for (const [tail, heading] of [['/pitch/', 'Pitch für die Jury'], ['/pitch/jury/', 'Pitch für die Jury'], ['/pitch/folien', 'Seite nicht gefunden'], ['/pitch//', 'Seite nicht gefunden']]) {
    loads = 0;
    await page.goto(workshop + tail);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // A bundle that handed the page to the other and back would load it again and again.
    await page.waitForTimeout(1500);
    expect(loads, tail).toBe(1);
  }
});

test('the pages of a workshop (but the pitch bundle\'s) share one opened workshop: moving between them never reloads, never shows "loading" and keeps the undo history', async ({ page }) => {
  await createWorkshop(page, 'Seitenwechsel', '');
  await addBoard(page);
  await addNote(page, 'Bleibt offen');
  await expectSaved(page);
  const undo = page.getByRole('button', { name: 'Rückgängig' });
  await expect(undo).toBeEnabled();
  // Records every "loading" status line that appears from now on.
  await page.evaluate(() => {
    window.notReloaded = true;
    window.loadingSeen = 0;
    new MutationObserver(() => {
      if ([...document.querySelectorAll('[role=status]')].some((e) => e.textContent.includes('Wird geladen'))) window.loadingSeen += 1;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const workshop = page.url();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/agenda$/);
  await page.getByRole('link', { name: 'Zurück zum Projekt' }).click();
  await page.getByRole('link', { name: 'Methode wählen' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/methods$/);
  await page.getByRole('link', { name: 'Zurück zum Projekt' }).click();
  expect(page.url()).toBe(workshop);
  await expect(page.locator('article[data-note-id]')).toHaveText(['Bleibt offen']);
  await expect(undo).toBeEnabled();
  expect(await page.evaluate(() => [window.notReloaded, window.loadingSeen])).toEqual([true, 0]);
  expect(page.problems).toEqual([]);
});

test('the pitch pages are their own bundle: the way there and back loads it and the full app, and a change made just before is there', async ({ page }) => {
  const wasm = () => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.slice(u.lastIndexOf('/') + 1).split('-')[0]);
  await createWorkshop(page, 'Zwei Bündel', '');
  await addBoard(page);
  await addNote(page, 'Vor dem Pitch');
  // No wait for the save: leaving for the other bundle saves first.
  await page.getByRole('link', { name: 'Pitch vorbereiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pitch für die Jury' })).toBeVisible();
  expect(wasm().slice(-1)).toEqual(['pitch']);
  // Within the pitch bundle, its pages move without loading a page.
  await page.evaluate(() => { window.notReloaded = true; });
  await page.getByRole('link', { name: 'Jury-Check' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/pitch\/jury\?pitch=/);
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  await page.getByRole('link', { name: 'Zurück zum Projekt' }).click();
  await expect(page.locator('article[data-note-id]')).toHaveText(['Vor dem Pitch']);
  expect(wasm().slice(-1)).toEqual(['querwerk']);
  // Back in the browser's history lands on the pitch page again, from its own bundle.
  await page.goBack();
  await expect(page).toHaveURL(/\/w\/[^/]+\/pitch\/jury\?pitch=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pitch für die Jury' })).toBeVisible();
  expect(page.problems).toEqual([]);
});

test('keyboard: the skip link leads to the content', async ({ page }) => {
  await open(page, '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('a strict CSP is in place and the whole session talks only to its own origin', async ({ page }) => {
  await open(page, '/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'About Querwerk & privacy' }).click();
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  expect(page.requests.length).toBeGreaterThan(3);
  expectOwnOriginOnly(page);
  expect(page.problems).toEqual([]);
});

test('a Rust panic shows a translated recovery message instead of a frozen page', async ({ page }) => {
  await open(page, '/');
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.evaluate(() => { try { window.wasmBindings.simulatePanic(); } catch { /* the wasm traps */ } });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Querwerk ist auf einen Fehler gestoßen');
  await expect(alert.getByRole('link', { name: 'Seite neu laden' })).toBeVisible();
  expect(errors.join('\n')).toContain('simulated panic');
  await shoot(page, 'panic-de');
  await alert.getByRole('link', { name: 'Seite neu laden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Querwerk');
});
