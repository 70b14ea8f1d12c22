// The guided journey on the workshop page: the phases as a path with each board's state, the recommended next
// method with its reason, starting it, marking a board done (undoable) and the done state surviving a reload.
import { test, expect, shoot, createWorkshop, addNote, expectSaved } from './fixtures.js';

const journey = (page) => page.getByRole('region', { name: 'Weg durch das Projekt' });
const nextCard = (page) => journey(page).locator('.journey__next');
const phase = (page, key) => journey(page).locator(`.journey__phase[data-phase="${key}"]`);

test('the journey recommends, starts and completes a kickoff method', async ({ page }) => {
  await createWorkshop(page, 'Museum trifft Game-Design');

  // The six phases as an ordered path, the first one current; the next step is the first kickoff method.
  const path = journey(page).locator('ol.journey__path > li');
  await expect(path).toHaveCount(6);
  await expect(path).toContainText([
    'Start & Team', 'Problem verstehen', 'Ideen entwickeln', 'Prototypen bauen & testen', 'Pitch vorbereiten', 'Reflexion',
  ]);
  await expect(phase(page, 'kickoff')).toHaveAttribute('aria-current', 'step');
  await expect(journey(page).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(nextCard(page).getByRole('heading', { name: 'Nächster Schritt' })).toBeVisible();
  await expect(nextCard(page)).toContainText('Check-in & Steckbrief');
  await expect(nextCard(page)).toContainText('eröffnet die erste Phase');
  await expect(journey(page)).toContainText('0 von 0 Boards fertig');

  // Starting it adds the method's board and selects it. The journey folds to one line, so the board gets the
  // screen: where the team is and the next step; one click unfolds it, and this device remembers that.
  await nextCard(page).getByRole('button', { name: 'Methode starten' }).click();
  await expect(page.getByRole('button', { name: 'Check-in & Steckbrief', pressed: true })).toBeVisible();
  await expect(page.locator('section.board')).toBeVisible();
  const unfold = journey(page).getByRole('button', { name: 'Weg anzeigen' });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect(journey(page)).toContainText('Jetzt: Start & Team · 0 von 1 Board fertig');
  await expect(nextCard(page)).toContainText('Check-in & Steckbrief');
  await expect(journey(page).locator('ol.journey__path')).toHaveCount(0);
  await unfold.click();
  await expect(journey(page).getByRole('button', { name: 'Weg ausblenden' })).toHaveAttribute('aria-expanded', 'true');
  // The journey lists the board as empty.
  const board = phase(page, 'kickoff').getByRole('button', { name: /Check-in & Steckbrief/ });
  await expect(board).toContainText('noch leer');
  await expect(board).toHaveAttribute('aria-current', 'true');
  await expect(nextCard(page)).toContainText('noch leer');

  // A note makes it "in Arbeit".
  await addNote(page, 'Ich bin Kuratorin und liebe Rätsel', 'Wer ich bin');
  await expect(board).toContainText('in Arbeit');
  await expect(nextCard(page)).toContainText('ist noch nicht fertig');
  await expect(nextCard(page).getByRole('button', { name: 'Zum Board' })).toBeVisible();

  // Marking it done: state "fertig", the phase shows its check, the recommendation moves to the follow-up.
  const toggle = page.getByRole('button', { name: 'Als fertig markieren' });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeFocused();
  await expect(board).toContainText('fertig');
  await expect(board).not.toContainText('in Arbeit');
  await expect(page.getByRole('button', { name: 'Check-in & Steckbrief (fertig)', pressed: true })).toBeVisible();
  await expect(phase(page, 'kickoff')).toHaveAttribute('data-status', 'done');
  await expect(phase(page, 'problem')).toHaveAttribute('aria-current', 'step');
  await expect(journey(page)).toContainText('1 von 1 Board fertig');
  await expect(nextCard(page)).toContainText('2-Minuten-Pitch');
  await expect(nextCard(page)).toContainText('Folgt üblicherweise auf die Methode „Check-in & Steckbrief“');
  await shoot(page, 'journey');

  // Ctrl+Z undoes the mark in one step, Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await expect(board).toContainText('in Arbeit');
  await expect(page.getByRole('button', { name: 'Als fertig markieren' })).toBeVisible();
  await expect(nextCard(page)).toContainText('ist noch nicht fertig');
  await page.keyboard.press('Control+Shift+z');
  await expect(board).toContainText('fertig');
  await expect(board).not.toContainText('in Arbeit');
  await expectSaved(page);

  // A reload keeps the done state, the recommendation and the unfolded journey.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Wieder öffnen' })).toBeVisible();
  await expect(journey(page).getByRole('button', { name: 'Weg ausblenden' })).toBeVisible();
  await expect(phase(page, 'kickoff').getByRole('button', { name: /Check-in & Steckbrief/ })).toContainText('fertig');
  await expect(nextCard(page)).toContainText('2-Minuten-Pitch');

  // Reopening works too, and clicking a board in the path selects it.
  await page.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(phase(page, 'kickoff').getByRole('button', { name: /Check-in & Steckbrief/ })).toContainText('in Arbeit');
  await nextCard(page).getByRole('button', { name: 'Zum Board' }).click();
  await expect(page.getByRole('button', { name: 'Check-in & Steckbrief', pressed: true })).toBeVisible();
  expect(page.problems).toEqual([]);
});

test('free boards are listed apart and the page does not overflow on a phone', async ({ page }) => {
  await createWorkshop(page);
  await page.getByLabel('Vorlage').selectOption({ label: 'Freies Board' });
  await page.getByRole('button', { name: 'Board anlegen' }).click();
  await journey(page).getByRole('button', { name: 'Weg anzeigen' }).click();
  const other = journey(page).locator('.journey__other');
  await expect(other).toContainText('Weitere Boards');
  await expect(other.getByRole('button', { name: /Freies Board/ })).toContainText('noch leer');
  // A free board does not replace the recommendation to start the journey.
  await expect(nextCard(page)).toContainText('Check-in & Steckbrief');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(page.problems).toEqual([]);
});
