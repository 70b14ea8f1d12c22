// The board view: adding, editing, recolouring, moving (mouse drag, keyboard, menu) and deleting notes, with undo,
// on a free board and on the four-zone empathy map.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, shoot, expectBoardInView, expectAccessible } from './fixtures.js';
import { workshop } from '../workshop-gen.mjs';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function createWorkshop(page) {
  await open(page, '/');
  await page.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel').fill('Dorfladen digital');
  await dialog.getByLabel('Fragestellung').fill('Wie könnten wir ältere Kundinnen für Online-Bestellungen gewinnen?');
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
}

async function addBoard(page, template) {
  await page.getByLabel('Vorlage').selectOption({ label: template });
  await page.getByRole('button', { name: 'Board anlegen' }).click();
  await expect(page.locator('section.board')).toBeVisible();
}

/** A note card by its text (its accessible name ends with the text). */
const note = (page, text) => page.getByRole('article', { name: new RegExp(`: ${esc(text)}$`) });
const zone = (page, name) => page.getByRole('region', { name, exact: true });
const editor = (page) => page.getByRole('textbox', { name: 'Notiztext' });
const status = (page) => page.locator('.board__messages [role="status"]');
const toolbar = (page) => page.getByRole('group', { name: 'Board-Werkzeuge' });

/** Adds a note through the zone's button and saves it with Ctrl+Enter. */
async function addNote(page, text, zoneName = 'Notizen') {
  await page.getByRole('button', { name: `Notiz hinzufügen in „${zoneName}“` }).click();
  await expect(editor(page)).toBeFocused();
  await editor(page).fill(text);
  await editor(page).press('Control+Enter');
  await expect(editor(page)).toHaveCount(0);
  await expect(note(page, text)).toBeVisible();
  // Focus comes back to the saved note on the next frame; wait for it, as a person would see it.
  await expect(note(page, text)).toBeFocused();
}

/** Texts of the notes in one zone, in display order. */
const textsIn = (page, zoneName) => zone(page, zoneName).locator('[data-note-text]').allTextContents();

/** Drags a note by its text with the mouse (in small steps, as a person would) to the point (x, y). */
async function drag(page, text, x, y) {
  const box = await note(page, text).locator('[data-note-text]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 12 });
  await expect(page.locator('.note--dragging')).toHaveCount(1);
  await page.mouse.up();
  await expect(page.locator('.note--dragging')).toHaveCount(0);
}

async function centre(locator) {
  const b = await locator.boundingBox();
  return [b.x + b.width / 2, b.y + b.height / 2];
}

test('free board: add by button and by N, edit inline, cancel, and an empty new note leaves no trace', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page, 'Freies Board');
  await expect(zone(page, 'Notizen').getByText('Noch keine Notizen.')).toBeVisible();

  await addNote(page, 'Öffnungszeiten passen nicht');
  await expect(note(page, 'Öffnungszeiten passen nicht')).toBeFocused();
  await expect(note(page, 'Öffnungszeiten passen nicht')).toHaveAccessibleName('Notiz in „Notizen“, Gelb: Öffnungszeiten passen nicht');

  // N opens a new note in the zone of the focused one, directly in edit mode.
  await page.keyboard.press('n');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Lieferdienst unbekannt');
  await page.keyboard.press('Control+Enter');
  await expect(note(page, 'Lieferdienst unbekannt')).toBeFocused();
  expect(await textsIn(page, 'Notizen')).toEqual(['Öffnungszeiten passen nicht', 'Lieferdienst unbekannt']);

  // "Verwerfen" drops a new note (Escape would keep it); so does leaving it empty.
  await page.keyboard.press('n');
  await page.keyboard.type('doch nicht');
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(editor(page)).toHaveCount(0);
  // Focus returns to the zone's add button on the next frame; N there opens a new note again.
  await expect(page.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(editor(page)).toBeFocused();
  await page.getByRole('heading', { name: 'Notizen', exact: true }).click();
  await expect(editor(page)).toHaveCount(0);
  expect(await textsIn(page, 'Notizen')).toEqual(['Öffnungszeiten passen nicht', 'Lieferdienst unbekannt']);

  // Enter edits the focused note; Ctrl+Enter saves.
  await note(page, 'Öffnungszeiten passen nicht').focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toHaveValue('Öffnungszeiten passen nicht');
  await editor(page).fill('Öffnungszeiten passen nicht zur Arbeit');
  await editor(page).press('Control+Enter');
  await expect(note(page, 'Öffnungszeiten passen nicht zur Arbeit')).toBeFocused();

  // "Verwerfen" throws an edit away; double-click opens the editor; leaving the field saves.
  await page.keyboard.press('Enter');
  await editor(page).fill('verworfen');
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(note(page, 'Öffnungszeiten passen nicht zur Arbeit')).toBeFocused();
  await note(page, 'Lieferdienst unbekannt').locator('[data-note-text]').dblclick();
  await editor(page).fill('Lieferdienst kaum bekannt');
  await page.getByRole('heading', { name: 'Notizen', exact: true }).click();
  await expect(note(page, 'Lieferdienst kaum bekannt')).toBeVisible();

  // The edit button does the same for touch and screen readers.
  await note(page, 'Lieferdienst kaum bekannt').getByRole('button', { name: 'Bearbeiten' }).click();
  await expect(editor(page)).toBeFocused();
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(editor(page)).toHaveCount(0);

  await shoot(page, 'board-free');
  await expectBoardInView(page, 'board-free');
  expect(page.problems).toEqual([]);
});

test('note text is plain text: markup shows literally and runs nothing; 5,000 characters at most', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await createWorkshop(page);
  await addBoard(page, 'Freies Board');
  const evil = '<img src=x onerror=alert(1)>';
  await addNote(page, evil);
  await expect(note(page, evil).locator('[data-note-text]')).toHaveText(evil);
  await expect(page.locator('section.board img')).toHaveCount(0);

  await note(page, evil).focus();
  await page.keyboard.press('Enter');
  await editor(page).fill('x'.repeat(5001));
  await expect(page.getByRole('alert').filter({ hasText: 'Eine Notiz darf höchstens 5.000 Zeichen haben.' })).toBeVisible();
  await expect(editor(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Speichern' })).toBeDisabled();
  await editor(page).press('Control+Enter');
  await expect(editor(page)).toBeVisible();
  await editor(page).fill('x'.repeat(5000));
  await expect(page.getByRole('button', { name: 'Speichern' })).toBeEnabled();
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(note(page, evil)).toBeVisible();

  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  expect(page.problems).toEqual([]);
});

test('empathy map: four zones, recolour, and moving by drag, keyboard and menu, each one undo step', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  for (const name of ['Sagt', 'Denkt', 'Tut', 'Fühlt']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await addNote(page, 'Museum ist langweilig', 'Sagt');
  await addNote(page, 'Kein WLAN', 'Sagt');
  await addNote(page, 'Keine Zeit', 'Denkt');

  // Recolour through the colour menu: seven named colours, the current one pressed.
  // Buttons show on the card under the mouse (and on the one focused last), not on every card.
  const card = note(page, 'Museum ist langweilig');
  await expect(card.getByRole('button')).toHaveCount(0);
  await card.hover();
  await card.getByRole('button', { name: 'Farbe: Gelb' }).click();
  const colours = card.getByRole('group', { name: 'Farbe' });
  await expect(colours.getByRole('button')).toHaveCount(7);
  await expect(colours.getByRole('button', { name: 'Gelb' })).toHaveAttribute('aria-pressed', 'true');
  await colours.getByRole('button', { name: 'Blau' }).click();
  await expect(note(page, 'Museum ist langweilig')).toHaveAccessibleName('Notiz in „Sagt“, Blau: Museum ist langweilig');
  await expect(note(page, 'Museum ist langweilig')).toHaveClass(/note--blue/);

  // Keyboard: Alt+ArrowRight to the next zone, Alt+ArrowDown one place later; both announced.
  await note(page, 'Museum ist langweilig').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(note(page, 'Museum ist langweilig')).toHaveAccessibleName(/^Notiz in „Denkt“, Blau/);
  await expect(status(page)).toHaveText('Notiz nach „Denkt“ verschoben.');
  await expect(note(page, 'Museum ist langweilig')).toBeFocused();
  expect(await textsIn(page, 'Denkt')).toEqual(['Museum ist langweilig', 'Keine Zeit']);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(status(page)).toHaveText('Notiz an Position 2 von 2 in „Denkt“ verschoben.');
  expect(await textsIn(page, 'Denkt')).toEqual(['Keine Zeit', 'Museum ist langweilig']);

  // The move menu lists the other zones (for touch and screen readers).
  await note(page, 'Kein WLAN').hover();
  await note(page, 'Kein WLAN').getByRole('button', { name: 'Verschieben nach …' }).click();
  const moves = note(page, 'Kein WLAN').getByRole('group', { name: 'Verschieben nach …' });
  await expect(moves.getByRole('button')).toHaveText(['Nach „Denkt“ verschieben', 'Nach „Tut“ verschieben', 'Nach „Fühlt“ verschieben']);
  await moves.getByRole('button', { name: 'Nach „Fühlt“ verschieben' }).click();
  await expect(note(page, 'Kein WLAN')).toHaveAccessibleName(/^Notiz in „Fühlt“/);
  await expect(status(page)).toHaveText('Notiz nach „Fühlt“ verschoben.');

  // Mouse drag into the empty zone "Tut"; a drop indicator shows while dragging.
  const [tx, ty] = await centre(zone(page, 'Tut'));
  await drag(page, 'Keine Zeit', tx, ty);
  expect(await textsIn(page, 'Tut')).toEqual(['Keine Zeit']);
  expect(await textsIn(page, 'Denkt')).toEqual(['Museum ist langweilig']);

  // Drag onto the upper half of a card drops before it.
  const target = await note(page, 'Keine Zeit').boundingBox();
  const box = await note(page, 'Kein WLAN').locator('[data-note-text]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 6, { steps: 12 });
  await expect(zone(page, 'Tut')).toHaveClass(/zone--drop/);
  await expect(note(page, 'Keine Zeit')).toHaveClass(/note--drop-before/);
  await page.mouse.up();
  expect(await textsIn(page, 'Tut')).toEqual(['Kein WLAN', 'Keine Zeit']);

  // A drag is one undo step; a tap is not a drag.
  await page.keyboard.press('Control+z');
  await expect(note(page, 'Kein WLAN')).toHaveAccessibleName(/^Notiz in „Fühlt“/);
  expect(await textsIn(page, 'Tut')).toEqual(['Keine Zeit']);
  await note(page, 'Keine Zeit').locator('[data-note-text]').click();
  expect(await textsIn(page, 'Tut')).toEqual(['Keine Zeit']);

  await shoot(page, 'board-empathy');
  await expectBoardInView(page, 'board-empathy');
  expect(page.problems).toEqual([]);
});

test('delete with undo from the message, Ctrl+Z, redo, and the toolbar buttons', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page, 'Freies Board');
  await expect(toolbar(page).getByRole('button', { name: 'Wiederholen' })).toBeDisabled();
  for (const t of ['Eins', 'Zwei', 'Drei']) await addNote(page, t);

  // Delete key on a focused note: focus goes to the neighbour, the message offers undo.
  await note(page, 'Zwei').focus();
  await page.keyboard.press('Delete');
  await expect(note(page, 'Zwei')).toHaveCount(0);
  await expect(note(page, 'Drei')).toBeFocused();
  await expect(status(page)).toContainText('Notiz gelöscht.');
  await status(page).getByRole('button', { name: 'Rückgängig' }).click();
  await expect(note(page, 'Zwei')).toBeFocused();
  expect(await textsIn(page, 'Notizen')).toEqual(['Eins', 'Zwei', 'Drei']);

  // The delete button, then Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y.
  await note(page, 'Drei').hover();
  await note(page, 'Drei').getByRole('button', { name: 'Notiz löschen' }).click();
  await expect(note(page, 'Drei')).toHaveCount(0);
  await expect(note(page, 'Zwei')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(note(page, 'Drei')).toBeVisible();
  await expect(toolbar(page).getByRole('button', { name: 'Wiederholen' })).toBeEnabled();
  await page.keyboard.press('Control+Shift+Z');
  await expect(note(page, 'Drei')).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Rückgängig' }).click();
  await expect(note(page, 'Drei')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(note(page, 'Drei')).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Rückgängig' }).click();
  await expect(note(page, 'Drei')).toBeVisible();
  await expect(toolbar(page).getByRole('button', { name: 'Rückgängig' })).toHaveAttribute('aria-keyshortcuts', /Control\+Z/);

  // No shortcut fires while typing: N is a letter and Ctrl+Z is the field's own undo.
  await note(page, 'Eins').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' nnn');
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Verwerfen' }).click();
  expect(await textsIn(page, 'Notizen')).toEqual(['Eins', 'Zwei', 'Drei']);
  expect(page.problems).toEqual([]);
});

test('keyboard: notes are reachable by Tab and arrow keys move between notes and zones', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, 'S1', 'Sagt');
  await addNote(page, 'S2', 'Sagt');
  await addNote(page, 'D1', 'Denkt');

  await page.getByRole('button', { name: 'Notiz hinzufügen in „Sagt“' }).focus();
  await page.keyboard.press('Tab');
  await expect(note(page, 'S1')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(note(page, 'S2')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(note(page, 'D1')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(note(page, 'S1')).toBeFocused();
  await page.keyboard.press('End');
  await expect(note(page, 'S2')).toBeFocused();
  // Only one note per zone is a tab stop (roving tabindex), so Tab leaves the notes quickly.
  await expect(zone(page, 'Sagt').locator('article[tabindex="0"]')).toHaveCount(1);
  expect(page.problems).toEqual([]);
});

test('phone: zones stack, notes stay usable and every control is at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createWorkshop(page);
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, 'Auf dem Handy notiert', 'Tut');
  const xs = [];
  for (const name of ['Sagt', 'Denkt', 'Tut', 'Fühlt']) xs.push((await zone(page, name).boundingBox()).x);
  expect(new Set(xs).size).toBe(1);
  const buttons = note(page, 'Auf dem Handy notiert').getByRole('button');
  await expect(buttons).toHaveCount(5);
  for (let i = 0; i < (await buttons.count()); i++) {
    const b = await buttons.nth(i).boundingBox();
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.height).toBeGreaterThanOrEqual(44);
  }
  await note(page, 'Auf dem Handy notiert').getByRole('button', { name: 'Verschieben nach …' }).click();
  await page.getByRole('button', { name: 'Nach „Sagt“ verschieben' }).click();
  await expect(note(page, 'Auf dem Handy notiert')).toHaveAccessibleName(/^Notiz in „Sagt“/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  expect(page.problems).toEqual([]);
});

test('the board follows the language switch: zone names, note names and messages', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  await addNote(page, 'Zu teuer', 'Fühlt');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Feels', exact: true })).toBeVisible();
  await expect(note(page, 'Zu teuer')).toHaveAccessibleName('Note in “Feels”, Yellow: Zu teuer');
  await note(page, 'Zu teuer').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(status(page)).toHaveText('Note moved to “Does”.');
  await page.getByRole('button', { name: 'Add note to “Says”' }).click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(note(page, 'Zu teuer')).toHaveAccessibleName('Notiz in „Tut“, Gelb: Zu teuer');
  expect(page.problems).toEqual([]);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a finger drags a note by its grip to another zone', async ({ page }) => {
    await createWorkshop(page);
    await addBoard(page, 'Empathiekarte (Empathy Map)');
    await addNote(page, 'Per Finger verschoben', 'Sagt');
    const grip = note(page, 'Per Finger verschoben').locator('.note__grip');
    // Both zones on screen, away from the edges where a drag scrolls the page.
    await zone(page, 'Sagt').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const [x0, y0] = await centre(grip);
    const target = await zone(page, 'Denkt').boundingBox();
    const [x1, y1] = [target.x + target.width / 2, target.y + 60];
    expect(y1).toBeLessThan(844 - 48);
    // Real touch input (Playwright has no touch drag): Chromium turns it into pointer events of type "touch".
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', x0, y0);
    for (let i = 1; i <= 10; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 10, y0 + ((y1 - y0) * i) / 10);
    await expect(zone(page, 'Denkt')).toHaveClass(/zone--drop/);
    await touch('touchEnd');
    await expect(note(page, 'Per Finger verschoben')).toHaveAccessibleName(/^Notiz in „Denkt“/);
    expect(page.problems).toEqual([]);
  });
});

/** Imports a workshop with one empathy map of `notes` generated notes and opens it: every card arrives, and
 * no zone's list stays busy. */
async function openBigBoard(page, title, notes) {
  const path = join(mkdtempSync(join(tmpdir(), 'querwerk-big-')), 'gross.querwerk.json');
  writeFileSync(path, JSON.stringify(workshop({ title, notesPerBoard: notes })));
  await open(page);
  await page.getByLabel('Projektdatei').setInputFiles(path);
  await page.getByRole('link', { name: title }).click();
  await expect(page.locator('.note')).toHaveCount(notes, { timeout: 20_000 });
  await expect(page.locator('.zone__list[aria-busy="true"]')).toHaveCount(0);
}

test('a big board shows its first screen at once and then every card; a note added afterwards shows too', async ({ page }) => {
  // 150 notes per zone, more than the first slice. 150 is where a slice ends, so the 151st note shows only if
  // the limit is gone once every card is there.
  await openBigBoard(page, 'Großes Board', 600);
  await expect(page.locator('[data-zone="says"] .zone__count')).toContainText('150');
  await addNote(page, 'Noch eine Idee ganz unten', 'Sagt');
  await expect(page.locator('[data-zone="says"] .note')).toHaveCount(151);
  await expect(page.locator('[data-zone="says"] .note').last()).toContainText('Noch eine Idee ganz unten');
});

test('a big board keeps its cards in chunks of 60 that read as one list; keys and moves cross a chunk’s edge', async ({ page }) => {
  await openBigBoard(page, 'Chunks', 600);
  const says = zone(page, 'Sagt');
  // 150 cards: two full chunks and one of 30, yet one list of 150 items for a screen reader.
  await expect(says.locator('.zone__chunk')).toHaveCount(3);
  await expect(says.locator('.zone__chunk').nth(2).locator('.note')).toHaveCount(30);
  await expect(says.getByRole('list')).toHaveCount(1);
  await expect(says.getByRole('list').getByRole('listitem')).toHaveCount(150);
  const cards = says.locator('.note');
  const texts = await says.locator('[data-note-text]').allTextContents();
  // Arrow down from the last card of the first chunk reaches the first of the second.
  await cards.nth(59).focus();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(60)).toBeFocused();
  // Moving the 60th card down crosses into the next chunk; it keeps focus and the order is right.
  await cards.nth(59).focus();
  await page.keyboard.press('Alt+ArrowDown');
  const moved = [...texts.slice(0, 59), texts[60], texts[59], ...texts.slice(61)];
  await expect.poll(() => says.locator('[data-note-text]').allTextContents()).toEqual(moved);
  await expect(cards.nth(60)).toBeFocused();
  await expect(says.locator('.zone__chunk').nth(1).locator('.note').first()).toContainText(texts[59]);
  await expectAccessible(page, 'board in chunks');
});
