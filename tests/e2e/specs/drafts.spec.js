// The open note editor is work too: text typed but not yet saved survives a reload, a renderer crash, another
// tab's save, an import that replaces the workshop and opening another workshop. Escape keeps the text;
// throwing it away is "Verwerfen", which undo takes back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, shoot, createWorkshop, addBoard, addNote, expectSaved, noteTexts, exportAs, launchPersistent, crashRenderer } from './fixtures.js';

const editor = (page) => page.getByRole('textbox', { name: 'Notiztext' });
const note = (page, text) => page.locator('article[data-note-id]').filter({ hasText: text });
const tmp = mkdtempSync(join(tmpdir(), 'querwerk-drafts-'));

/** Opens a new note's editor in "Notizen" and types `text` without saving it. */
async function typeNewNote(page, text) {
  await page.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' }).click();
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type(text);
}

/** A new workshop whose board has `text` typed into a new note's editor, and a second tab on that board. */
async function draftBesideSecondTab(page, context, title, text) {
  const url = await createWorkshop(page, title, '');
  await addBoard(page);
  await expectSaved(page);
  await typeNewNote(page, text);
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' })).toBeVisible();
  return { url, second };
}

/** Fails the test if the page ever asks "leave this page?" (it must only when something is truly unsaved). */
function noLeaveQuestion(page) {
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.type()); d.accept(); });
  return asked;
}

test('a note being written survives a reload, new or edited, and no leave question is asked', async ({ page }) => {
  const asked = noLeaveQuestion(page);
  await createWorkshop(page, 'Entwürfe', '');
  await addBoard(page);
  await addNote(page, 'Schon gespeichert');
  await expectSaved(page);

  await typeNewNote(page, 'Halb geschrieben, nicht gespeichert');
  await page.reload();
  await expect(editor(page)).toHaveValue('Halb geschrieben, nicht gespeichert');
  await expect(editor(page)).toBeFocused();
  await editor(page).press('Control+Enter');
  await expect.poll(() => noteTexts(page)).toEqual(['Schon gespeichert', 'Halb geschrieben, nicht gespeichert']);

  // An existing note's edit too.
  await note(page, 'Schon gespeichert').focus();
  await page.keyboard.press('Enter');
  await editor(page).fill('Schon gespeichert, dann geändert');
  await page.reload();
  await expect(editor(page)).toHaveValue('Schon gespeichert, dann geändert');
  await editor(page).press('Control+Enter');
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => noteTexts(page)).toEqual(['Schon gespeichert, dann geändert', 'Halb geschrieben, nicht gespeichert']);
  await expect(editor(page)).toHaveCount(0);
  expect(asked).toEqual([]);
});

test('Escape keeps the text; "Verwerfen" throws it away and undo brings it back', async ({ page }) => {
  await createWorkshop(page, 'Escape', '');
  await addBoard(page);
  await typeNewNote(page, 'Mit Escape behalten');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toHaveCount(0);
  await expect(note(page, 'Mit Escape behalten')).toBeFocused();

  await page.keyboard.press('Enter');
  await editor(page).fill('Wird verworfen');
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(editor(page)).toHaveCount(0);
  await expect.poll(() => noteTexts(page)).toEqual(['Mit Escape behalten']);
  const toast = page.locator('.board__toast').filter({ hasText: 'Text verworfen.' });
  await expect(toast).toBeVisible();
  // Focus inside the message keeps it open while the screenshots are taken.
  await toast.getByRole('button', { name: 'Rückgängig' }).focus();
  await shoot(page, 'draft-discarded');
  await toast.getByRole('button', { name: 'Rückgängig' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Wird verworfen']);

  // A new note thrown away: Ctrl+Z brings it back with its text.
  await typeNewNote(page, 'Neu und verworfen');
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Wird verworfen']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteTexts(page)).toEqual(['Wird verworfen', 'Neu und verworfen']);
});

test('text typed two seconds before the renderer crashes is back in the editor', async ({}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'querwerk-profile-'));
  const launch = () => launchPersistent(profile, testInfo);
  let context = await launch();
  const page = context.pages()[0] ?? await context.newPage();
  const url = await createWorkshop(page, 'Absturz', '');
  await addBoard(page);
  await typeNewNote(page, 'Getippt, dann stürzt der Tab ab');
  await page.waitForTimeout(2000);
  await crashRenderer(context, page);
  await context.close();
  context = await launch();
  const again = context.pages()[0] ?? await context.newPage();
  await again.goto(url);
  await expect(editor(again)).toHaveValue('Getippt, dann stürzt der Tab ab');
  await context.close();
});

test("another tab committing its own note never clears this tab's draft", async ({}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'querwerk-profile-'));
  let context = await launchPersistent(profile, testInfo);
  const page = context.pages()[0] ?? await context.newPage();
  const url = await createWorkshop(page, 'Zwei Entwürfe', '');
  await addBoard(page);
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await typeNewNote(page, 'Entwurf in Tab A');
  await addNote(other, 'Aus Tab B');
  await expectSaved(other);
  await expect(editor(page)).toHaveValue('Entwurf in Tab A');
  // Tab B's editor is closed: A's draft does not open one there.
  await expect(editor(other)).toHaveCount(0);
  await crashRenderer(context, page);
  await context.close();
  context = await launchPersistent(profile, testInfo);
  const again = context.pages()[0] ?? await context.newPage();
  await again.goto(url);
  await expect(editor(again)).toHaveValue('Entwurf in Tab A');
  await context.close();
});

test("another tab's save keeps the open editor and its text", async ({ page, context }) => {
  const url = await createWorkshop(page, 'Zwei Tabs, ein Editor', '');
  await addBoard(page);
  await addNote(page, 'Erste');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await expect.poll(() => noteTexts(other)).toEqual(['Erste']);

  await typeNewNote(page, 'Tippt noch in Tab A');
  await addNote(other, 'Aus Tab B');
  await expectSaved(other);
  // A takes over B's note and keeps writing.
  await expect(note(page, 'Aus Tab B')).toBeVisible();
  await expect(editor(page)).toHaveValue('Tippt noch in Tab A');
  await editor(page).press('Control+Enter');
  await expectSaved(page);
  await expect.poll(() => noteTexts(other)).toEqual(['Erste', 'Aus Tab B', 'Tippt noch in Tab A']);
});

test('an import that replaces the open workshop keeps the text being written', async ({ page, context }) => {
  const url = await createWorkshop(page, 'Ersetzt', '');
  await addBoard(page);
  await addNote(page, 'In der Datei');
  await expectSaved(page);
  const download = await exportAs(page);
  const path = join(tmp, 'ersetzt.querwerk.json');
  await download.saveAs(path);
  await addNote(page, 'Nach dem Export');
  await expectSaved(page);

  // While this tab writes a note, another tab replaces the workshop with the exported file.
  await typeNewNote(page, 'Während des Imports getippt');
  const other = await context.newPage();
  await other.goto('/');
  await other.getByLabel('Projektdatei').setInputFiles(path);
  await other.getByRole('dialog', { name: 'Dieses Projekt gibt es schon' }).getByRole('button', { name: 'Ersetzen' }).click();
  await expect(other.getByText('Projekt „Ersetzt“ importiert.')).toBeVisible();
  // This tab shows the file's version, and the editor still holds what was typed.
  await expect(note(page, 'Nach dem Export')).toHaveCount(0);
  await expect(editor(page)).toHaveValue('Während des Imports getippt');
  await editor(page).press('Control+Enter');
  await expect.poll(() => noteTexts(page)).toEqual(['In der Datei', 'Während des Imports getippt']);
  await expectSaved(page);
  await page.goto(url);
  await expect.poll(() => noteTexts(page)).toEqual(['In der Datei', 'Während des Imports getippt']);
});

test('opening another workshop commits the text being written, also while saving fails', async ({ page }) => {
  const first = await createWorkshop(page, 'Erster Workshop', '');
  await addBoard(page);
  await addNote(page, 'Gespeichert');
  await expectSaved(page);
  const second = await createWorkshop(page, 'Zweiter Workshop', '');

  // In the first workshop: a draft, then leave for the second.
  await page.goto(first);
  await typeNewNote(page, 'Beim Wechseln getippt');
  // Within the app (no page load): the store leaves the first workshop for the second.
  await page.getByRole('link', { name: 'Projekte' }).click();
  await page.getByRole('link', { name: 'Zweiter Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiter Workshop' })).toBeVisible();
  await page.getByRole('link', { name: 'Projekte' }).click();
  await page.getByRole('link', { name: 'Erster Workshop' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Gespeichert', 'Beim Wechseln getippt']);
  await expect(editor(page)).toHaveCount(0);

  // Storage refuses every write: a note added now cannot be written. Leaving must not drop it, nor carry the
  // first workshop's revision into the second.
  await page.evaluate(() => {
    window.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await addNote(page, 'Nicht gespeichert beim Wechsel');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'failed');
  await page.getByRole('link', { name: 'Projekte' }).click();
  await page.getByRole('link', { name: 'Zweiter Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiter Workshop' })).toBeVisible();
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
  await addBoard(page);
  await addNote(page, 'Im zweiten');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Projekte' }).click();
  await page.getByRole('link', { name: 'Erster Workshop' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Gespeichert', 'Beim Wechseln getippt', 'Nicht gespeichert beim Wechsel']);
  await expectSaved(page);
  // Both are really stored.
  await page.goto(first);
  await expect.poll(() => noteTexts(page)).toEqual(['Gespeichert', 'Beim Wechseln getippt', 'Nicht gespeichert beim Wechsel']);
  await page.goto(second);
  await expect.poll(() => noteTexts(page)).toEqual(['Im zweiten']);
});

test('the page asks before closing only while a change is truly unsaved', async ({ page }) => {
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.type()); d.accept(); });
  const url = await createWorkshop(page, 'Nachfrage', '');
  await addBoard(page);
  await addNote(page, 'Gespeichert');
  await expectSaved(page);
  // A draft is kept on every keystroke: nothing to ask about.
  await typeNewNote(page, 'Nur ein Entwurf');
  await page.reload();
  await expect(editor(page)).toHaveValue('Nur ein Entwurf');
  expect(asked).toEqual([]);
  await editor(page).press('Control+Enter');
  await expectSaved(page);
  // Storage refuses the write: the change is kept beside it as the page goes, so there is still nothing to ask.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await addNote(page, 'Nicht geschrieben');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'failed');
  await page.goto(url);
  expect(asked).toEqual([]);
  await expect.poll(() => noteTexts(page)).toEqual(['Gespeichert', 'Nur ein Entwurf', 'Nicht geschrieben']);
  await expectSaved(page);
  // Only when the browser refuses to keep even that would leaving lose a change: then the browser asks.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await addNote(page, 'Nirgends zu halten');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'failed');
  await page.goto(url);
  expect(asked).toEqual(['beforeunload']);
});

test('a change storage had not written when the page went is back, merged with what another tab saved meanwhile', async ({ page, context }) => {
  const asked = noLeaveQuestion(page);
  const url = await createWorkshop(page, 'Nicht geschrieben', '');
  await addBoard(page);
  await addNote(page, 'Gespeichert');
  await expectSaved(page);
  // Nothing this tab changes from now on reaches IndexedDB, not even the write started as the page goes.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  // Another tab has the workshop open as stored (a tab still open keeps what it holds to itself).
  const other = await context.newPage();
  await other.goto(url);
  await expect.poll(() => noteTexts(other)).toEqual(['Gespeichert']);
  await addNote(page, 'Nur in diesem Tab');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'failed');
  await page.goto('about:blank');
  // While this tab is away, the other one saves.
  await addNote(other, 'Aus dem anderen Tab');
  await expectSaved(other);
  await other.close();

  await page.goto(url);
  const all = ['Aus dem anderen Tab', 'Gespeichert', 'Nur in diesem Tab'];
  await expect.poll(async () => (await noteTexts(page)).sort()).toEqual(all);
  await expectSaved(page);
  await page.reload();
  await expect.poll(async () => (await noteTexts(page)).sort()).toEqual(all);
  // Written, so nothing is kept beside it any more.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('querwerk.unsaved.')))).toEqual([]);
  expect(asked).toEqual([]);
});

test("a new tab leaves the draft of a tab that is still open alone, and takes it over once that tab is closed", async ({ page, context }) => {
  const { url, second } = await draftBesideSecondTab(page, context, 'Noch offen', 'Entwurf im ersten Tab');
  await second.waitForTimeout(500);
  await expect(editor(second)).toHaveCount(0);
  await expect(editor(page)).toHaveValue('Entwurf im ersten Tab');
  // The first tab's draft is still stored as its own (not moved to the second tab).
  const drafts = () => second.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('querwerk.draft.')));
  const before = await drafts();
  expect(before).toHaveLength(1);
  // Closed: a tab opening the workshop at once may still see the closed tab's lock held (the browser lets go a
  // moment later). Both tabs with the workshop open wait for the lock; one of them takes the draft over and
  // reopens its editor, the other leaves it alone.
  await page.close();
  const third = await context.newPage();
  await third.goto(url);
  const shown = async () => {
    const values = [];
    for (const tab of [second, third]) {
      if (await editor(tab).count()) values.push(await editor(tab).inputValue());
    }
    return values;
  };
  await expect.poll(shown, { timeout: 10_000 }).toEqual(['Entwurf im ersten Tab']);
  const after = await drafts();
  expect(after).toHaveLength(1);
  expect(after).not.toEqual(before);
});

test('focus leaving with the page (hidden, closing) keeps the editor open and commits nothing', async ({ page }) => {
  const asked = noLeaveQuestion(page);
  await createWorkshop(page, 'Weggeschaut', '');
  await addBoard(page);
  await expectSaved(page);
  await typeNewNote(page, 'Halb fertig');
  // The tab goes to the background (or is closing): its focus goes with it. Committing now would be a change
  // the page's last save might never write; the draft is already kept.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    document.activeElement.blur();
  });
  await page.waitForTimeout(400);
  await expect(editor(page)).toHaveValue('Halb fertig');
  expect(await noteTexts(page)).toEqual([]);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('querwerk.draft.')).map(([, v]) => JSON.parse(v).text));
  expect(kept).toEqual(['Halb fertig']);
  // Back on the page, moving on commits it as usual.
  await page.evaluate(() => delete document.hidden);
  await editor(page).focus();
  await page.getByRole('heading', { level: 1 }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Halb fertig']);
  await expectSaved(page);
  expect(asked).toEqual([]);
});

test('a tab that reloads keeps its draft while another tab waits to take over drafts of closed tabs', async ({ page, context }) => {
  // The second tab sees the first tab's draft and waits for that tab to go.
  const { second } = await draftBesideSecondTab(page, context, 'Neu geladen', 'Bleibt in diesem Tab');
  // A reload lets go of the tab's lock for a moment; the page asks for it again at once and keeps its draft.
  await page.reload();
  await expect(editor(page)).toHaveValue('Bleibt in diesem Tab');
  await second.waitForTimeout(2_500);
  await expect(editor(second)).toHaveCount(0);
  await expect(editor(page)).toHaveValue('Bleibt in diesem Tab');
});
