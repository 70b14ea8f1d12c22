// Documentation export: the workshop as Markdown and all notes as CSV, from the header's export dialog.
import { readFileSync } from 'node:fs';
import { test, expect, shoot, createWorkshop, addBoard, addNote, expectSaved, exportAs } from './fixtures.js';

test('the export dialog gives the workshop as Markdown and its notes as CSV for Excel', async ({ page }) => {
  await createWorkshop(page, 'Dorfladen digital', 'Wie könnten wir ältere Kundinnen für Online-Bestellungen gewinnen?');
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, '*wichtig* <b>', 'Sagt');
  await addNote(page, 'Preis; "zu hoch"', 'Denkt');
  await addNote(page, '=1+1', 'Tut');
  await expectSaved(page);

  // The dialog: three choices, reachable by keyboard, checked by axe at both sizes.
  const open = page.locator('.workshop-header').getByRole('button', { name: 'Exportieren', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Exportieren' });
  await expect(dialog.getByRole('button', { name: 'Dokumentation (Markdown)' })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Alle Notizen (CSV)' })).toHaveAccessibleDescription(/Excel/);
  await shoot(page, 'export-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const md = await exportAs(page, 'Dokumentation (Markdown)');
  expect(md.suggestedFilename()).toMatch(/^dorfladen-digital-\d{4}-\d{2}-\d{2}\.md$/);
  const text = readFileSync(await md.path(), 'utf8');
  expect(text).toMatch(/^# Dorfladen digital\n\n\*\*Fragestellung:\*\* Wie könnten wir ältere Kundinnen/);
  expect(text).toMatch(/\nStand: \d{2}\.\d{2}\.\d{4}\n/);
  for (const line of ['## Problem verstehen', '### Empathiekarte (Empathy Map)', '#### Sagt', '- \\*wichtig\\* \\<b\\>', '#### Denkt', '- Preis; "zu hoch"', '- \\=1+1']) {
    expect(text.split('\n')).toContain(line);
  }

  const csv = await exportAs(page, 'Alle Notizen (CSV)');
  expect(csv.suggestedFilename()).toMatch(/^dorfladen-digital-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Phase;Methode;Board;Bereich;Gruppe;Text;Person;Farbe;Punkte;Erstellt;Geändert');
  expect(lines[1]).toMatch(/^Problem verstehen;Empathiekarte \(Empathy Map\);Empathiekarte \(Empathy Map\);Sagt;;\*wichtig\* <b>;;Gelb;;\d{4}-\d{2}-\d{2}T[\d:]{8}Z;/);
  expect(lines[2]).toContain(';Denkt;;"Preis; ""zu hoch""";');
  expect(lines[3]).toContain(";Tut;;'=1+1;");
  expect(lines.at(-1)).toBe('');

  // The workshop file is still one of the choices and still counts as a backup.
  const json = await exportAs(page);
  expect(json.suggestedFilename()).toMatch(/^dorfladen-digital-\d{4}-\d{2}-\d{2}\.querwerk\.json$/);
  expect(JSON.parse(readFileSync(await json.path(), 'utf8')).workshop.title).toBe('Dorfladen digital');
  expect(page.problems).toEqual([]);
});

test('in English the dialog and the documents speak English', async ({ page }) => {
  await createWorkshop(page, 'Village shop', 'How might we win older customers for online orders?');
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, 'Too complicated', 'Sagt');
  await expectSaved(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.workshop-header').getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Documentation (Markdown)' }).click(),
  ]);
  const text = readFileSync(await md.path(), 'utf8');
  expect(text).toMatch(/\nAs of \d{1,2} [A-Z][a-z]{2} \d{4}\n/);
  expect(text).toContain('## Understand the problem\n\n### Empathy map\n\n#### Says\n\n- Too complicated\n');
});

// The browser reports a dialog's closing as an event of its own, after focus is back on the button: Escape then
// Enter at once opens the dialog again before that event arrives, which must not shut it (it did, now and then,
// in a full test run on a slow machine). Closing and clicking in one task makes the order certain.
test('a dialog closed and opened again at once stays open', async ({ page }) => {
  await createWorkshop(page, 'Museum Schneeberg', 'Wie finden Familien zu uns?');
  const button = page.locator('.workshop-header').getByRole('button', { name: 'Exportieren', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Exportieren' });
  await expect(dialog).toBeVisible();
  await dialog.evaluate((d, label) => {
    d.close();
    [...document.querySelectorAll('.workshop-header button')].find((b) => b.textContent.trim() === label).click();
  }, 'Exportieren');
  // Long enough for the stale close event and any effect it set off.
  await page.waitForTimeout(300);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
