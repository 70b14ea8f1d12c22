// The data core: notes are never lost — across reloads, renderer crashes, exports and imports, broken files,
// storage failures and two tabs on one workshop.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, shoot, createWorkshop, addBoard, addNote, expectSaved, noteTexts, exportAs, launchPersistent, crashRenderer } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'querwerk-e2e-'));

async function exportFile(page) {
  const download = await exportAs(page);
  const path = join(tmp, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function importFile(page, path) {
  await page.getByLabel('Projektdatei').setInputFiles(path);
}

function writeTmp(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

test('notes survive a reload', async ({ page }) => {
  const url = await createWorkshop(page);
  await addBoard(page);
  for (const text of ['Öffnungszeiten passen nicht', 'Kundschaft kennt den Lieferdienst nicht', 'Bestellung per Telefon']) {
    await addNote(page, text);
  }
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => noteTexts(page)).toEqual(['Öffnungszeiten passen nicht', 'Kundschaft kennt den Lieferdienst nicht', 'Bestellung per Telefon']);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Dorfladen digital' })).toBeVisible();
  await shoot(page, 'start-with-workshop');
  await page.goto(url);
  await shoot(page, 'workshop-free-board');
});

test('notes typed a second before the renderer crashes are there after reopening the browser', async ({ browserName }, testInfo) => {
  // A browser profile of its own, so the browser can be started again on the same storage.
  const profile = mkdtempSync(join(tmpdir(), 'querwerk-profile-'));
  const launch = () => launchPersistent(profile, testInfo);
  let context = await launch();
  const page = context.pages()[0] ?? await context.newPage();
  const url = await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Kurz vor dem Absturz getippt');
  await page.waitForTimeout(1000);
  await crashRenderer(context, page);
  await context.close();
  context = await launch();
  const again = context.pages()[0] ?? await context.newPage();
  await again.goto(url);
  await expect.poll(() => noteTexts(again)).toEqual(['Kurz vor dem Absturz getippt']);
  await context.close();
});

test('export, delete, import gives back the identical workshop', async ({ page }) => {
  await createWorkshop(page, 'Museum im Dorf', 'Wie könnten wir Jugendliche ins Heimatmuseum holen?');
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, 'Sagt: „Museum ist langweilig“', 'Sagt');
  await addNote(page, 'Fühlt sich nicht angesprochen', 'Fühlt');
  await expectSaved(page);
  const first = await exportFile(page);
  expect(first.name).toMatch(/^museum-im-dorf-\d{4}-\d{2}-\d{2}\.querwerk\.json$/);
  expect(first.json.format).toBe('querwerk');
  expect(first.json.formatVersion).toBe(2);

  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByText('Projekt „Museum im Dorf“ gelöscht.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Museum im Dorf' })).toHaveCount(0);

  await importFile(page, first.path);
  await expect(page.getByText('Projekt „Museum im Dorf“ importiert.')).toBeVisible();
  await page.getByRole('link', { name: 'Museum im Dorf' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Museum im Dorf' })).toBeVisible();
  const second = await exportFile(page);
  expect(second.json.workshop).toEqual(first.json.workshop);
});

test('deleting a workshop can be undone from the message', async ({ page }) => {
  await createWorkshop(page, 'Rathaus 2030', '');
  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByRole('link', { name: 'Rathaus 2030' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Rathaus 2030' })).toBeVisible();
});

test('a workshop deleted in another tab keeps what was typed here after the deletion when this tab moves on', async ({ page, context }) => {
  await createWorkshop(page, 'Nebenan', '');
  const url = await createWorkshop(page, 'Drüben gelöscht', '');
  await addBoard(page);
  await addNote(page, 'Vor dem Löschen');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'in einem anderen Tab gelöscht' })).toBeVisible();
  // Typed here after the other tab deleted it: never part of what it deleted.
  await addNote(page, 'Nach dem Löschen getippt');
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await page.getByRole('link', { name: 'Nebenan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nebenan' })).toBeVisible();
  // Stored again, with what was typed here.
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await page.getByRole('link', { name: 'Drüben gelöscht' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Vor dem Löschen', 'Nach dem Löschen getippt']);
});

test('a workshop deleted in another tab without changes here can be restored from this tab after moving on', async ({ page, context }) => {
  await createWorkshop(page, 'Nebenan', '');
  const url = await createWorkshop(page, 'Drüben gelöscht', '');
  await addBoard(page);
  await addNote(page, 'Nur gespeichert');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'in einem anderen Tab gelöscht' })).toBeVisible();
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await page.getByRole('link', { name: 'Nebenan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nebenan' })).toBeVisible();
  // The deletion holds, and this tab offers to undo it, as the deleting tab does.
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Drüben gelöscht' })).toHaveCount(0);
  const message = page.getByRole('status').filter({ hasText: 'Projekt „Drüben gelöscht“ gelöscht.' });
  await message.getByRole('button', { name: 'Rückgängig' }).click();
  await page.getByRole('link', { name: 'Drüben gelöscht' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Nur gespeichert']);
});

test('importing a file whose workshop exists asks: replace or keep both', async ({ page }) => {
  await createWorkshop(page, 'Bäckerei Vogel', 'Wie könnten wir Vorbestellungen vereinfachen?');
  await addBoard(page);
  await addNote(page, 'Original');
  await expectSaved(page);
  const file = await exportFile(page);
  await page.goto('/');
  await importFile(page, file.path);
  const dialog = page.getByRole('dialog', { name: 'Dieses Projekt gibt es schon' });
  await expect(dialog).toContainText('„Bäckerei Vogel“');
  await dialog.getByRole('button', { name: 'Beide behalten' }).click();
  await expect(page.getByRole('link', { name: 'Bäckerei Vogel' })).toHaveCount(2);
});

const brokenFiles = [
  ['truncated', (valid) => valid.slice(0, Math.floor(valid.length / 2)), /kein gültiges JSON \(Zeile \d+, Spalte \d+\)/],
  ['wrong types', (valid) => valid.replace(/"title": "[^"]*"/, '"title": 42'), /Ungültiger Inhalt bei „workshop\.title“: falscher Datentyp/],
  ['not querwerk', () => JSON.stringify({ format: 'excalidraw', version: 2 }), /keine Querwerk-Datei/],
  ['newer version', (valid) => valid.replace('"formatVersion": 2', '"formatVersion": 99'), /neueren Querwerk-Version \(Format 99/],
  ['over-long note', (valid) => valid.replace('"text": "Original"', `"text": "${'x'.repeat(5001)}"`), /Zu groß bei „workshop\.boards\[0\]\.notes\[0\]\.text“: 5\.001 statt höchstens 5\.000 Zeichen/],
];

test('broken files each get a clear message and leave the stored data as it was', async ({ page }) => {
  await createWorkshop(page, 'Bäckerei Vogel', 'Wie könnten wir Vorbestellungen vereinfachen?');
  await addBoard(page);
  await addNote(page, 'Original');
  await expectSaved(page);
  const valid = readFileSync((await exportFile(page)).path, 'utf8');
  await page.goto('/');
  // The list fills when IndexedDB answers; read it only once it has.
  await expect(page.getByRole('link', { name: 'Bäckerei Vogel' })).toBeVisible();
  const list = page.locator('.workshop-list');
  const before = await list.textContent();
  for (const [name, make, message] of brokenFiles) {
    await importFile(page, writeTmp(`${name.replace(/ /g, '-')}.querwerk.json`, make(valid)));
    const alert = page.getByRole('alert').filter({ hasText: 'Die Datei wurde nicht importiert' });
    await expect(alert, name).toContainText(message);
    await expect(alert).toContainText('Ihre gespeicherten Projekte sind unverändert.');
    await expect(list).toHaveText(before);
  }
  // Not text at all (an image, say): read as bytes, refused as unreadable.
  await importFile(page, writeTmp('bild.querwerk.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3])));
  await expect(page.getByRole('alert').filter({ hasText: 'Die Datei wurde nicht importiert' })).toContainText('Die Datei enthält keinen Text');
  await shoot(page, 'import-error');
  // 20 MB is refused before it is read.
  await importFile(page, writeTmp('huge.querwerk.json', Buffer.alloc(20 * 1024 * 1024, 32)));
  await expect(page.getByRole('alert').filter({ hasText: 'Die Datei wurde nicht importiert' })).toContainText('höchstens 10,5 MB');
  await page.reload();
  await expect(list).toHaveText(before);
});

test('markup and __proto__ keys in a file stay plain data', async ({ page }) => {
  await createWorkshop(page, 'Sicherheit', '');
  await addBoard(page);
  await addNote(page, 'Platzhalter');
  await expectSaved(page);
  const file = await exportFile(page);
  const json = file.json;
  json.workshop.id = '00000000-0000-4000-8000-000000000001';
  json.workshop.title = 'Präparierte Datei';
  json.workshop.boards[0].notes[0].text = '<img src=x onerror="window.__pwned=1">';
  json.__proto__ = { polluted: true };
  const text = JSON.stringify(json).replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"format"');
  await page.goto('/');
  await importFile(page, writeTmp('proto.querwerk.json', text));
  await expect(page.getByText('Projekt „Präparierte Datei“ importiert.')).toBeVisible();
  await page.getByRole('link', { name: 'Präparierte Datei' }).click();
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">')).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => ({}).polluted)).toBeUndefined();
  expect(await page.locator('.board img').count()).toBe(0);
});

test('a failing write shows a message that stays until a save succeeds, and stored data is kept', async ({ page }) => {
  const url = await createWorkshop(page, 'Speichertest', '');
  await addBoard(page);
  await addNote(page, 'Sicher gespeichert');
  await expectSaved(page);
  // The browser's storage is full from now on.
  await page.evaluate(() => {
    window.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await addNote(page, 'Nicht mehr gespeichert');
  const alert = page.getByRole('alert').filter({ hasText: 'Der Speicher dieses Browsers ist voll' });
  await expect(alert).toBeVisible();
  // It tells the truth: exporting keeps the workshop safe but frees no space; deleting exported workshops does.
  await expect(alert).toContainText('das sichert es, schafft aber keinen Platz');
  await expect(alert).toContainText('alte Projekte exportieren und dann auf der Startseite löschen');
  await expect(alert.getByRole('button', { name: 'Als Datei exportieren' })).toBeVisible();
  await shoot(page, 'save-failed');
  // Space is free again: the next change is saved and the message goes.
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
  await addNote(page, 'Wieder gespeichert');
  await expect(alert).toHaveCount(0);
  await expectSaved(page);
  await page.goto(url);
  await expect.poll(() => noteTexts(page)).toEqual(['Sicher gespeichert', 'Nicht mehr gespeichert', 'Wieder gespeichert']);
});

test('stored data this version cannot read: the app starts, says so and offers the raw data', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('querwerk', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('workshops', 'readwrite');
      tx.objectStore('workshops').put({ id: 'kaputt', rev: 1, saved_at: 0, title: 'Alter Workshop', data: '{"format":"querwerk","formatVersion":7,' });
      tx.oncomplete = resolve;
      tx.onerror = reject;
    };
    req.onerror = reject;
  }));
  await page.reload();
  const section = page.getByRole('region', { name: 'Gespeicherte Daten, die diese Version nicht lesen kann' });
  await expect(section).toContainText('Alter Workshop');
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Rohdaten herunterladen' }).click()]);
  const path = join(tmp, 'raw.json');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).toBe('{"format":"querwerk","formatVersion":7,');
  await shoot(page, 'unreadable');
  await page.reload();
  await expect(section).toContainText('Alter Workshop');
});

test('two tabs on one workshop never lose an edit', async ({ page, context }) => {
  const url = await createWorkshop(page, 'Zwei Tabs', '');
  await addBoard(page);
  await addNote(page, 'Aus Tab A');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await expect.poll(() => noteTexts(other)).toEqual(['Aus Tab A']);
  await addNote(other, 'Aus Tab B');
  await expectSaved(other);
  // Tab A takes over B's saved version by itself, because it had nothing unsaved.
  await expect.poll(() => noteTexts(page)).toEqual(['Aus Tab A', 'Aus Tab B']);
  await addNote(page, 'Wieder aus A');
  await expectSaved(page);
  await expect.poll(() => noteTexts(other)).toEqual(['Aus Tab A', 'Aus Tab B', 'Wieder aus A']);

  // Both change at once: whichever saves second merges the other's save into its own changes. Nobody is asked
  // "mine or theirs", and both tabs end with both notes.
  await Promise.all([addNote(page, 'Gleichzeitig A'), addNote(other, 'Gleichzeitig B')]);
  const all = ['Aus Tab A', 'Aus Tab B', 'Wieder aus A', 'Gleichzeitig A', 'Gleichzeitig B'].sort();
  await expect.poll(async () => (await noteTexts(page)).sort()).toEqual(all);
  await expect.poll(async () => (await noteTexts(other)).sort()).toEqual(all);
  const question = (p) => p.getByRole('alert').filter({ hasText: 'in einem anderen Tab' });
  await expect(question(page)).toHaveCount(0);
  await expect(question(other)).toHaveCount(0);
});

test('a tab with unsaved changes merges another tab\'s save instead of asking which to keep', async ({ page, context }) => {
  const url = await createWorkshop(page, 'Zusammenführen', '');
  await addBoard(page);
  await addNote(page, 'Gemeinsam');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(url);
  await expect.poll(() => noteTexts(other)).toEqual(['Gemeinsam']);
  // Tab A cannot write for a while, so its new note stays unsaved while tab B saves one of its own.
  await page.evaluate(() => {
    window.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await addNote(page, 'Nur in A');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'failed');
  await addNote(other, 'Nur in B');
  await expectSaved(other);
  // A combines B's version with its own unsaved note and says so in one calm line.
  await expect.poll(() => noteTexts(page)).toEqual(['Gemeinsam', 'Nur in A', 'Nur in B']);
  const line = page.getByRole('status').filter({ hasText: 'Ein anderer Tab hat dieses Projekt auch geändert' });
  await expect(line).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'in einem anderen Tab geändert' })).toHaveCount(0);
  await shoot(page, 'tabs-merged');
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
  await addNote(page, 'Danach in A');
  await expectSaved(page);
  await expect.poll(() => noteTexts(other)).toEqual(['Gemeinsam', 'Nur in A', 'Nur in B', 'Danach in A']);
});

test('delete all data on this device', async ({ page }) => {
  await createWorkshop(page, 'Wird gelöscht', '');
  await page.goto('/about');
  await expect(page.getByText(/Belegt: .* von .*\./)).toBeVisible();
  await page.getByRole('button', { name: 'Alle Daten auf diesem Gerät löschen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, alles löschen' }).click();
  await expect(page.getByText('Alle Daten von Querwerk wurden von diesem Gerät gelöscht.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Querwerk');
});

test('a workshop file dropped on the start page is imported', async ({ page }) => {
  await createWorkshop(page, 'Vereinsheim', 'Wie könnten wir Termine digital abstimmen?');
  await addBoard(page);
  await addNote(page, 'Doodle ist zu kompliziert');
  await expectSaved(page);
  const file = await exportFile(page);
  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('link', { name: 'Vereinsheim' })).toHaveCount(0);
  const content = readFileSync(file.path, 'utf8');
  const drop = await page.evaluateHandle(({ name, content }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], name, { type: 'application/json' }));
    return dt;
  }, { name: file.name, content });
  await page.dispatchEvent('.home', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('.home', 'drop', { dataTransfer: drop });
  await expect(page.getByText('Projekt „Vereinsheim“ importiert.')).toBeVisible();
  await page.getByRole('link', { name: 'Vereinsheim' }).click();
  await expect.poll(() => noteTexts(page)).toEqual(['Doodle ist zu kompliziert']);
});

test('a first visit\'s start page hands a picked or dropped file to the full app, which opens it once', async ({ page }) => {
  const wasm = () => page.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.slice(u.lastIndexOf('/') + 1).split('-')[0]);
  await createWorkshop(page, 'Kirchgemeinde', '');
  await addBoard(page);
  await addNote(page, 'Glocken digital läuten');
  await expectSaved(page);
  const file = await exportFile(page);
  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByRole('link', { name: 'Kirchgemeinde' })).toHaveCount(0);
  // A fresh start page: the start bundle, which has no reader for the file.
  page.requests.length = 0;
  await page.goto('/');
  await importFile(page, file.path);
  await expect(page).toHaveURL(/\/open$/);
  await expect(page.getByText('Projekt „Kirchgemeinde“ importiert.')).toBeVisible();
  expect(wasm()).toEqual(['start', 'querwerk']);
  // Taken once: reloading the page opens nothing again (it would ask "replace or keep both").
  await page.reload();
  await expect(page.getByRole('link', { name: 'Kirchgemeinde' })).toHaveCount(1);
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('importiert')).toHaveCount(0);
  // Dropped on a fresh start page, the same file meets the stored one: the full app asks, as it does itself.
  await page.goto('/');
  const drop = await page.evaluateHandle(({ name, content }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], name, { type: 'application/json' }));
    return dt;
  }, { name: file.name, content: readFileSync(file.path, 'utf8') });
  await page.dispatchEvent('.home', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('.home', 'drop', { dataTransfer: drop });
  await page.getByRole('dialog', { name: 'Dieses Projekt gibt es schon' }).getByRole('button', { name: 'Beide behalten' }).click();
  await expect(page.getByRole('link', { name: 'Kirchgemeinde' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Kirchgemeinde' }).first().click();
  await expect.poll(() => noteTexts(page)).toEqual(['Glocken digital läuten']);
});

test('a file the start page cannot hand over is refused with a clear message, and nothing changes', async ({ page }) => {
  await createWorkshop(page, 'Bleibt, wie es ist', '');
  await expectSaved(page);
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name, ...rest) {
      if (name === 'querwerk-handoff') throw new DOMException('refused', 'SecurityError');
      return open.call(this, name, ...rest);
    };
  });
  await page.goto('/');
  await importFile(page, writeTmp('uebergabe.querwerk.json', '{"format":"querwerk"}'));
  const alert = page.getByRole('alert').filter({ hasText: 'Die Datei wurde nicht importiert' });
  await expect(alert).toContainText('Der Browser-Speicher hat den Import abgelehnt');
  // The reason in German too; only the browser's own words (its error's name and message) stay as they are.
  await expect(alert).toContainText(/abgelehnt: (Der Browser hat das Lesen abgelehnt \(SecurityError: refused\)|Dieser Browser stellt keinen Speicher)/);
  await expect(alert).not.toContainText('browser storage');
  await expect(alert).toContainText('Ihre gespeicherten Projekte sind unverändert.');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Bleibt, wie es ist' })).toBeVisible();
  await shoot(page, 'start-handoff-refused');
});

test('a workshop stored by an older version, without the line the start page reads, is listed by title and date and read whole by the full app', async ({ page }) => {
  await createWorkshop(page, 'Aus alter Zeit', 'Wie war das?');
  await addBoard(page);
  await addNote(page, 'Eins');
  await expectSaved(page);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('querwerk', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('workshops', 'readwrite');
      const store = tx.objectStore('workshops');
      store.getAll().onsuccess = (e) => e.target.result.forEach((r) => { delete r.listing; store.put(r); });
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = reject;
    };
    req.onerror = reject;
  }));
  await page.goto('/');
  const card = page.locator('.workshop-card', { hasText: 'Aus alter Zeit' });
  await expect(card).toContainText('Zuletzt geändert');
  await expect(card).not.toContainText('Board');
  await expect(page.getByRole('region', { name: 'Gespeicherte Daten, die diese Version nicht lesen kann' })).toHaveCount(0);
  // The full app reads the record whole: its start page has the counts and the question.
  await card.getByRole('link').click();
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await expect(card).toContainText('1 Board · 1 Notiz');
  await expect(card).toContainText('Wie war das?');
});

test('after many changes without an export, a backup is suggested; exporting resets it', async ({ page }) => {
  const url = await createWorkshop(page, 'Sicherung', '');
  const id = url.split('/').pop();
  await addBoard(page);
  await expectSaved(page);
  await page.evaluate((id) => localStorage.setItem(`querwerk.unexported.${id}`, '40'), id);
  await addNote(page, 'Noch eine Änderung');
  const reminder = page.getByRole('status').filter({ hasText: 'seit der letzten Sicherung viel geändert' });
  await expect(reminder).toBeVisible();
  await shoot(page, 'backup-reminder');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: 'Als Datei exportieren' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sicherung-.*\.querwerk\.json$/);
  await expect(reminder).toHaveCount(0);
  expect(await page.evaluate((id) => localStorage.getItem(`querwerk.unexported.${id}`), id)).toBeNull();
});
