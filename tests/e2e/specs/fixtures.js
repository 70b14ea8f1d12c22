// Shared fixtures: every test page records its requests and console errors, and helpers check accessibility
// and save screenshots for people to look at.
import { test as base, expect, chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.js';
import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });

export const sizes = { projector: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } };

export const test = base.extend({
  // Every request the page makes, and every console error or CSP violation it reports.
  page: async ({ page }, use) => {
    page.requests = [];
    page.problems = [];
    page.on('request', (r) => page.requests.push(r.url()));
    // Failed sub-resources count; a document answered with 404.html (a static host's deep link) does not.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() !== 'document') page.problems.push(`${r.status()} ${r.url()}`);
    });
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

/** axe-core over the whole page: no violation of any impact (minor and moderate count too). */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations;
  if (process.env.AXE_REPORT) {
    appendFileSync(process.env.AXE_REPORT, bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}\n`).join(''));
    return;
  }
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

/** At 1280×720 and scrolled to the top, the board's first note is whole on screen: the room sees notes, not
 * chrome. The one-time note about the browser keeping data is read first, as a facilitator would. */
export async function expectBoardInView(page, name) {
  await page.setViewportSize(sizes.projector);
  const understood = page.getByRole('button', { name: /^(Verstanden|Understood)$/ });
  if (await understood.count()) await understood.click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}${name}-in-view-projector.png` });
  const box = await page.locator('.note').first().boundingBox();
  expect(box, 'a note on the board').not.toBeNull();
  expect(box.y + box.height).toBeLessThanOrEqual(sizes.projector.height);
}

/** Every request went to the page's own origin. */
export function expectOwnOriginOnly(page) {
  const origin = new URL(page.url()).origin;
  const foreign = page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
}

/** Creates a workshop from the start page and waits for its page. Returns the workshop's URL. */
export async function createWorkshop(page, title = 'Dorfladen digital', question = 'Wie könnten wir ältere Kundinnen für Online-Bestellungen gewinnen?') {
  await open(page, '/');
  await page.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByLabel('Fragestellung').fill(question);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  return page.url();
}

/** Adds a board from a template ("Freies Board" or "Empathiekarte (Empathy Map)"). */
export async function addBoard(page, template = 'Freies Board') {
  await page.getByLabel('Vorlage').selectOption({ label: template });
  await page.getByRole('button', { name: 'Board anlegen' }).click();
  await expect(page.getByRole('button', { name: template, pressed: true })).toBeVisible();
}

/** Adds a note with `text` to the zone labelled `zone` and commits it. */
export async function addNote(page, text, zone = 'Notizen') {
  await page.getByRole('button', { name: `Notiz hinzufügen in „${zone}“` }).click();
  const editor = page.getByRole('textbox', { name: 'Notiztext' });
  await editor.fill(text);
  await editor.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  // Focus comes back to the saved note on the next frame; later steps must not race it.
  await expect(page.locator('article[data-note-id]:focus')).toContainText(text);
}

/** Waits until the open workshop reports that everything is saved. */
export async function expectSaved(page) {
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
}

/** The texts of all notes on the visible board, in order. */
export async function noteTexts(page) {
  return page.locator('[data-note-text]').allTextContents();
}

/** Starts a method from the library by its name and waits until its board is the open one. */
export async function startMethod(page, name) {
  await page.getByRole('link', { name: 'Methode wählen' }).click();
  await page.getByLabel('Suchen').fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Methode starten' }).click();
  await expect(page.getByRole('button', { name, pressed: true })).toBeVisible();
}

/** A problem statement written on a "Problemformulierung (Point of View)" board, which is then marked done. */
export async function writeProblemStatement(page) {
  await startMethod(page, 'Problemformulierung (Point of View)');
  await addNote(page, 'die Ladeninhaberin', 'Nutzerin oder Nutzer');
  await addNote(page, 'telefonische Bestellungen schnell festzuhalten', 'Bedürfnis');
  await addNote(page, 'sie abends alles von Zetteln abtippt', 'Erkenntnis');
  await markDone(page);
}

const board = (page) => page.locator('section.board');
const panel = (page) => page.getByRole('region', { name: 'Punkte vergeben' });
const card = (page, text) => board(page).locator('article[data-note-id]', { hasText: text });

export async function markDone(page) {
  await page.getByRole('button', { name: 'Als fertig markieren' }).click();
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeVisible();
}

/** A dot vote: `turns` is [voter, [note texts, one per dot]]; `newNames` are added to the team first. */
export async function vote(page, turns, { newNames = [], shot } = {}) {
  await board(page).getByRole('button', { name: 'Punkte vergeben', exact: true }).click();
  for (const name of newNames) {
    await panel(page).getByLabel('Person hinzufügen').fill(name);
    await panel(page).getByLabel('Person hinzufügen').press('Enter');
    await expect(panel(page).getByRole('checkbox', { name })).toBeChecked();
  }
  await panel(page).getByRole('button', { name: 'Abstimmung starten' }).click();
  await expect(panel(page)).toContainText(`0 von ${turns.length} haben abgestimmt`);
  for (const [i, [voter, dots]] of turns.entries()) {
    await panel(page).getByRole('button', { name: voter, exact: true }).click();
    await expect(panel(page)).toContainText(`${voter} ist dran. Punkte übrig: ${dots.length} von ${dots.length}`);
    await expect(panel(page).getByRole('button', { name: 'Fertig – weitergeben' })).toBeFocused();
    // Earlier dots stay hidden: no card shows any dot when a new voter steps up.
    await expect(board(page).locator('.note__dot-marks:not(:empty)')).toHaveCount(0);
    for (const text of dots) {
      await card(page, text).getByRole('button', { name: /^Punkt auf „/ }).click();
    }
    await expect(panel(page)).toContainText(`Punkte übrig: 0 von ${dots.length}`);
    if (shot && i === 1) await shoot(page, shot);
    await panel(page).getByRole('button', { name: 'Fertig – weitergeben' }).click();
    await expect(panel(page)).toContainText(`${i + 1} von ${turns.length} haben abgestimmt`);
    await expect(panel(page).getByRole('button', { name: `${voter} – abgestimmt` })).toBeVisible();
  }
  await panel(page).getByRole('button', { name: 'Punkte aufdecken' }).click();
  await expect(panel(page).getByRole('list', { name: 'Rangfolge' })).toBeVisible();
}

/** Exports the open workshop through the header's export dialog (`choice` names the button) and returns the
 *  download once the dialog has closed. */
export async function exportAs(page, choice = 'Projektdatei (.querwerk.json)') {
  await page.locator('.workshop-header').getByRole('button', { name: 'Exportieren', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportieren' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: choice }).click(),
  ]);
  await expect(dialog).toBeHidden();
  return download;
}

/** A browser of its own on the profile folder `profile`, so it can be started again on the same storage (for
 * crash tests). */
export function launchPersistent(profile, testInfo) {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, baseURL: testInfo.project.use.baseURL,
  });
}

/** Crashes the renderer of `page` through CDP and waits until it is gone. */
export async function crashRenderer(context, page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {}); // never answers: the renderer is gone
  await crashed;
}
