// Text stays in its box: a right-to-left override or Arabic text in a title or note cannot reorder the
// interface around it, and a very long word wraps inside its card.
import { test, expect, shoot, createWorkshop, addBoard, addNote, expectAccessible } from './fixtures.js';

const RLO = '\u202e';

/** The x positions of the board toolbar's buttons, in DOM order. */
const toolbarXs = (page) => page.locator('.board__bar button:visible').evaluateAll((buttons) =>
  buttons.map((b) => Math.round(b.getBoundingClientRect().left)));

test('a right-to-left override in a note and a title leaves the interface in order', async ({ page }) => {
  await createWorkshop(page, 'Vergleich', '');
  await addBoard(page);
  await addNote(page, 'Normale Notiz');
  const plain = await toolbarXs(page);

  const title = `${RLO}Dorfladen`;
  await createWorkshop(page, title, `${RLO}Wie könnten wir?`);
  await addBoard(page);
  await addNote(page, `${RLO}Notiz von rechts nach links`);
  await addNote(page, 'مرحبا بالجميع');
  const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmütze'.repeat(6);
  await addNote(page, long);
  // The toolbar reads left to right as on any other board.
  const xs = await toolbarXs(page);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(xs).toEqual(plain);
  // Each user text is its own bidi paragraph.
  for (const selector of ['.note__text', '.workshop-header__title']) {
    await expect(page.locator(selector).first()).toHaveCSS('unicode-bidi', 'plaintext');
  }
  // The long word wraps inside its card.
  const card = page.locator('article[data-note-id]').filter({ hasText: long.slice(0, 40) });
  const fits = await card.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
  await shoot(page, 'bidi-board');
  await expectAccessible(page, 'bidi board');

  // A sentence that names the title isolates it, so the words after it stay after it.
  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  const message = page.getByText('gelöscht.', { exact: false }).first();
  await expect(message).toBeVisible();
  expect(await message.textContent()).toContain(`„\u2068${title}\u2069“ gelöscht.`);
  expect(page.problems).toEqual([]);
});
