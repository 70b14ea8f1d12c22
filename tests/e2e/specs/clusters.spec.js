// Grouping notes: drag one onto another, drag onto a group's heading to join, take a note out, collapse,
// dissolve, undo; and the list view reads zones → groups → notes.
import { test, expect, shoot, createWorkshop, addBoard, addNote, expectSaved } from './fixtures.js';

const board = (page) => page.locator('section.board');
const card = (page, text) => board(page).locator('article[data-note-id]', { hasText: text });
const heading = (page, name) => board(page).locator('.cluster', { hasText: name });

async function dragOnto(page, text, target) {
  const from = await card(page, text).locator('[data-note-text]').boundingBox();
  const to = await target.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('drag notes into groups, take one out, collapse, dissolve and undo', async ({ page }) => {
  await createWorkshop(page, 'Tischlerei Morgenstern', '');
  await addBoard(page);
  for (const t of ['Kundschaft findet uns nicht', 'Website veraltet', 'Keine Zeit für Social Media', 'Maschinen laufen gut']) {
    await addNote(page, t);
  }

  // Dropped onto the middle of another card: the two form a group, named right away.
  await dragOnto(page, 'Keine Zeit für Social Media', card(page, 'Website veraltet'));
  const name = page.getByRole('textbox', { name: 'Name der Gruppe' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Gruppe 1');
  await name.fill('Sichtbarkeit');
  await name.press('Enter');
  await expect(heading(page, 'Sichtbarkeit')).toContainText('2 Notizen');

  // Dropped onto the heading: joins the group.
  await dragOnto(page, 'Kundschaft findet uns nicht', heading(page, 'Sichtbarkeit').locator('.cluster__name'));
  await expect(heading(page, 'Sichtbarkeit')).toContainText('3 Notizen');
  await expect(board(page).getByRole('status')).toContainText('zur Gruppe „Sichtbarkeit“ hinzugefügt');

  // Dragged to the front edge of the group's first card, a note outside the group lands before the group: the
  // bar shows above the heading, and the note stays ungrouped.
  const first = card(page, 'Website veraltet');
  const box = await first.boundingBox();
  const from = await card(page, 'Maschinen laufen gut').locator('[data-note-text]').boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 12 });
  await expect(board(page).locator('.zone__item--drop-before')).toHaveCount(1);
  await expect(board(page).locator('.note--drop-before')).toHaveCount(0);
  await page.mouse.up();
  await expect(board(page).locator('.zone__item--grouped')).toHaveCount(3);
  expect(await board(page).locator('[data-note-text]').first().textContent()).toBe('Maschinen laufen gut');

  // Select one and take it out of the group.
  await card(page, 'Website veraltet').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Aus der Gruppe nehmen' }).click();
  await expect(card(page, 'Website veraltet')).toBeFocused();
  await expect(heading(page, 'Sichtbarkeit')).toContainText('2 Notizen');
  await expect(board(page).locator('.zone__item--grouped')).toHaveCount(2);

  // The list view shows the group's heading with its notes.
  await board(page).getByRole('button', { name: 'Liste' }).click();
  await expect(heading(page, 'Sichtbarkeit')).toBeVisible();
  await shoot(page, 'clusters-list');
  await board(page).getByRole('button', { name: 'Board', exact: true }).click();

  // Rename by the button, collapse, dissolve; undo brings the group back.
  await heading(page, 'Sichtbarkeit').getByRole('button', { name: 'Gruppe „Sichtbarkeit“ umbenennen' }).click();
  await name.fill('Online sichtbar werden');
  await name.press('Enter');
  await heading(page, 'Online sichtbar werden').getByRole('button', { name: 'Gruppe „Online sichtbar werden“', exact: true }).click();
  await expect(card(page, 'Keine Zeit für Social Media')).toHaveCount(0);
  await expect(heading(page, 'Online sichtbar werden')).toContainText('2 Notizen');
  await heading(page, 'Online sichtbar werden').getByRole('button', { name: /auflösen/ }).click();
  await expect(board(page).locator('.cluster')).toHaveCount(0);
  await expect(card(page, 'Keine Zeit für Social Media')).toBeVisible();
  // Focus lands on the first note of the dissolved group.
  await expect(board(page).locator('article[data-note-id]:focus')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(heading(page, 'Online sichtbar werden')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(heading(page, 'Online sichtbar werden')).toContainText('2 Notizen');
});
