// Issue 6, merge: a participant takes the workshop home in a second browser, both sides edit (one note in both),
// the copy comes back and is merged: every edit of both sides is there, and the conflict was listed first. The
// replaced text stays at the note as an earlier version, to take back (undoable) or discard.
import { readFileSync } from 'node:fs';
import { test, expect, shoot, createWorkshop, addNote, expectSaved, open, exportAs } from './fixtures.js';

const card = (page, text) => page.locator('article[data-note-id]', { hasText: text });

async function exportFile(page) {
  return (await exportAs(page)).path();
}

async function editNote(page, from, to) {
  await card(page, from).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Notiztext' });
  await editor.fill(to);
  await editor.press('Control+Enter');
  await expect(card(page, to)).toBeVisible();
}

test('a copy edited at home merges back with every edit and the conflict listed', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await createWorkshop(page, 'Museum Schneeberg', 'Wie finden Familien zu uns?');
  await page.getByLabel('Vorlage').selectOption({ label: 'Freies Board' });
  await page.getByRole('button', { name: 'Board anlegen' }).click();
  await addNote(page, 'Öffnungszeiten');
  await addNote(page, 'Eintritt');
  await expectSaved(page);
  const file = await exportFile(page);

  // At home: a second browser opens the file, edits one note, adds one, deletes one, and exports.
  const home = await (await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' })).newPage();
  await open(home, '/');
  await home.locator('input[type=file]').first().setInputFiles(file);
  await home.getByRole('link', { name: /Museum Schneeberg/ }).first().click();
  await editNote(home, 'Öffnungszeiten', 'Samstags bis 18 Uhr');
  await addNote(home, 'Familienkarte');
  await card(home, 'Eintritt').focus();
  await home.keyboard.press('Delete');
  await expect(card(home, 'Eintritt')).toHaveCount(0);
  await expectSaved(home);
  // Read before the context closes: its downloads go with it.
  const homeJson = readFileSync(await exportFile(home), 'utf8');
  await home.context().close();

  // Meanwhile, at the office: the same note is edited, and another one added.
  await editNote(page, 'Öffnungszeiten', 'Sonntags geschlossen');
  await addNote(page, 'Schulklassen');
  await expectSaved(page);

  // A file of another workshop is refused and changes nothing.
  const other = JSON.parse(homeJson);
  other.workshop.id = '00000000-0000-4000-8000-000000000000';
  await page.locator('input[type=file][aria-label="Datei zusammenführen"]').setInputFiles({
    name: 'anderer.querwerk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'gehört zu einem anderen Projekt' })).toBeVisible();
  await expect(card(page, 'Sonntags geschlossen')).toBeVisible();

  await page.locator('input[type=file][aria-label="Datei zusammenführen"]').setInputFiles({
    name: 'museum-zuhause.querwerk.json', mimeType: 'application/json', buffer: Buffer.from(homeJson),
  });
  const dialog = page.getByRole('dialog', { name: 'Datei in dieses Projekt zusammenführen' });
  await expect(dialog).toContainText('1 neu');
  await expect(dialog).toContainText('1 im Konflikt');
  // The later edit (the office's, made after the home copy) stays; the other is shown to take over.
  await expect(dialog.locator('.merge__conflict')).toContainText('Bleibt: Sonntags geschlossen');
  await expect(dialog.locator('.merge__conflict')).toContainText('Wird ersetzt: Samstags bis 18 Uhr');
  await shoot(page, 'merge-preview');
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zusammengeführt' })).toBeVisible();
  // Every edit of both sides: the office's note and text, the home's new note and deletion.
  await expect(card(page, 'Sonntags geschlossen')).toBeVisible();
  await expect(card(page, 'Schulklassen')).toBeVisible();
  await expect(card(page, 'Familienkarte')).toBeVisible();
  await expect(card(page, 'Eintritt')).toHaveCount(0);
  await expectSaved(page);
  // One undo step takes the whole merge back.
  await page.locator('body').press('Control+z');
  await expect(card(page, 'Familienkarte')).toHaveCount(0);
  await expect(card(page, 'Eintritt')).toBeVisible();
  await page.locator('body').press('Control+Shift+z');
  await expect(card(page, 'Familienkarte')).toBeVisible();

  // The replaced text stayed at the note: its marker opens the earlier versions, and one can be taken back.
  const marker = page.getByRole('button', { name: 'Frühere Fassungen ansehen (1)' });
  await expect(marker).toHaveCount(1);
  await card(page, 'Sonntags geschlossen').focus();
  await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  const earlier = page.getByRole('dialog', { name: 'Frühere Fassungen' });
  await expect(earlier).toBeVisible();
  await expect(earlier).toContainText('Jetziger Text: Sonntags geschlossen');
  await expect(earlier.locator('.earlier__text')).toHaveText(['Samstags bis 18 Uhr']);
  await shoot(page, 'merge-earlier');
  // Escape closes it and gives focus back to the marker.
  await page.keyboard.press('Escape');
  await expect(earlier).toBeHidden();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await earlier.getByRole('button', { name: 'Diese Fassung übernehmen' }).click();
  await expect(earlier).toBeHidden();
  await expect(card(page, 'Samstags bis 18 Uhr')).toBeVisible();
  await expect(card(page, 'Sonntags geschlossen')).toHaveCount(0);
  await expect(marker).toBeFocused();
  // The text it replaced is now the earlier version.
  await marker.click();
  await expect(earlier.locator('.earlier__text')).toHaveText(['Sonntags geschlossen']);
  await expect(earlier).toContainText('Jetziger Text: Samstags bis 18 Uhr');
  await earlier.getByRole('button', { name: 'Schließen' }).click();
  await expectSaved(page);
  // One undo step takes it back; the merge is still there.
  await page.locator('body').press('Control+z');
  await expect(card(page, 'Sonntags geschlossen')).toBeVisible();
  await expect(card(page, 'Samstags bis 18 Uhr')).toHaveCount(0);
  await expect(card(page, 'Familienkarte')).toBeVisible();
  // Discarding it leaves the note without a marker.
  await marker.click();
  await earlier.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(marker).toHaveCount(0);
  await expect(card(page, 'Sonntags geschlossen')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Frühere Fassung verworfen' })).toBeVisible();
});
