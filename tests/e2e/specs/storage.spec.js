// Storage that stays (issue 11): what the browser promised about keeping the workshops is explained once; a
// workshop a newer version saved is never saved over, and the text typed here is not lost; a database taken over
// by a newer version in another tab is reported.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, shoot, createWorkshop, addBoard, addNote, expectSaved } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'querwerk-storage-'));

/** axe finds nothing at all (not only nothing serious) on the page with the message. */
async function expectNoAxeFindings(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const answer = (page) => page.getByRole('status').filter({ hasText: /Dieser Browser (hat zugesagt|kann Projekte von selbst löschen)/ });

test('the browser’s answer about keeping workshops is explained once', async ({ page }) => {
  await createWorkshop(page, 'Heimatstube Pobershau', 'Wie erzählen wir Bergbaugeschichte neu?');
  await expect(answer(page)).toBeVisible();
  await expect(answer(page)).toContainText(/Datei/);
  await shoot(page, 'persistence-answer');
  await expectNoAxeFindings(page);
  await answer(page).getByRole('button', { name: 'Verstanden' }).click();
  await expect(answer(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Heimatstube Pobershau' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(answer(page)).toHaveCount(0);
  expect(page.problems).toEqual([]);
});

test('a workshop a newer version saved is not saved over; reloading downloads what is not saved', async ({ page }) => {
  await createWorkshop(page, 'Musikschule Annaberg', 'Wie finden Erwachsene zurück zum Instrument?');
  await addBoard(page);
  await addNote(page, 'Gespeichert vor dem Update');
  await expectSaved(page);
  // A newer Querwerk in another tab saves the workshop with a field this version does not know.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('querwerk', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('workshops', 'readwrite');
      const store = tx.objectStore('workshops');
      store.getAll().onsuccess = (e) => {
        const rec = e.target.result[0];
        store.put({ ...rec, rev: rec.rev + 1, schema: rec.schema + 1, data: rec.data.replace('{', '{"fieldOfANewerVersion":"wichtig",') });
      };
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = reject;
    };
    req.onerror = reject;
  }));
  await addNote(page, 'Nach dem Update getippt');
  const alert = page.getByRole('alert').filter({ hasText: 'mit einer neueren Querwerk-Version gespeichert' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Nach dem Update getippt')).toBeVisible();
  await shoot(page, 'save-refused-newer-data');
  await expectNoAxeFindings(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Seite neu laden' }).click(),
  ]);
  const path = join(tmp, download.suggestedFilename());
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).toContain('Nach dem Update getippt');
  // The page reloads; the newer version's data is still stored as it was.
  await expect(page.getByRole('heading', { level: 1, name: 'Musikschule Annaberg' })).toBeVisible();
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('querwerk', 1);
    req.onsuccess = () => {
      const get = req.result.transaction('workshops').objectStore('workshops').getAll();
      get.onsuccess = () => { resolve(get.result[0]); req.result.close(); };
    };
  }));
  expect(stored.schema).toBe(3);
  expect(stored.data).toContain('"fieldOfANewerVersion":"wichtig"');
});

test('a database a newer version took over in another tab is reported, with the work kept', async ({ page }) => {
  await createWorkshop(page, 'Stadtteiltreff Chemnitz-Sonnenberg', 'Wie wird der Treff ein Ort für alle?');
  await addBoard(page);
  await addNote(page, 'Vor der Übernahme');
  await expectSaved(page);
  // Another tab runs a newer version that upgrades the database.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('querwerk', 2);
    req.onsuccess = () => { req.result.close(); resolve(); };
    req.onerror = reject;
  }));
  const alert = page.getByRole('alert').filter({ hasText: 'hat den Speicher übernommen' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
  await expect(page.getByText('Vor der Übernahme')).toBeVisible();
  await shoot(page, 'database-taken-over');
  await expectNoAxeFindings(page);
});

test('reloading for a newer version also downloads a workshop parked on leaving it, not only the open one', async ({ page }) => {
  await createWorkshop(page, 'Zweiter Workshop', '');
  await createWorkshop(page, 'Beim Verlassen geparkt', '');
  await addBoard(page);
  await addNote(page, 'Gespeichert');
  await expectSaved(page);
  // Another tab runs a newer version that upgrades the database: from now on this tab can store nothing.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('querwerk', 2);
    req.onsuccess = () => { req.result.close(); resolve(); };
    req.onerror = reject;
  }));
  const alert = page.getByRole('alert').filter({ hasText: 'hat den Speicher übernommen' });
  await expect(alert).toBeVisible();
  await addNote(page, 'Nicht mehr gespeichert');
  // Opening the other workshop parks this one: its write fails.
  await page.getByRole('link', { name: 'Projekte', exact: true }).click();
  await page.getByRole('link', { name: 'Zweiter Workshop' }).click();
  await expect(page).toHaveURL(/\/w\//);
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await alert.getByRole('button', { name: 'Seite neu laden' }).click();
  await expect.poll(() => downloads.length).toBe(1);
  const path = join(tmp, downloads[0].suggestedFilename());
  await downloads[0].saveAs(path);
  expect(readFileSync(path, 'utf8')).toContain('Nicht mehr gespeichert');
});
