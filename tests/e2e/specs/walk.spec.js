// Issue 4's "done when": one workshop walks through one method of every phase. The team writes notes, groups
// them, votes at one shared screen with three voters taking turns, reveals, and finds each phase's winner waiting
// on the next phase's board, with a link back to where it came from.
import { test, expect, shoot, createWorkshop, addNote, expectSaved, startMethod, markDone, writeProblemStatement, vote } from './fixtures.js';

test.describe.configure({ timeout: 180_000 });

const board = (page) => page.locator('section.board');
const panel = (page) => page.getByRole('region', { name: 'Punkte vergeben' });
const carried = (page) => page.getByRole('complementary', { name: 'Ausgangspunkt dieses Boards' });
const card = (page, text) => board(page).locator('article[data-note-id]', { hasText: text });

test('one workshop from check-in to pitch: notes, a group, three voters, and results carried forward', async ({ page }) => {
  await createWorkshop(page, 'Dorfladen Seiffen', 'Wie kommt unser Dorfladen zu mehr Bestellungen?');

  // Start & Team.
  await startMethod(page, 'Check-in & Steckbrief');
  await addNote(page, 'Ich führe den Laden seit 20 Jahren', 'Wer ich bin');
  await markDone(page);

  // Problem verstehen: a problem statement, then the "Wie könnten wir …?" board starts from it.
  await writeProblemStatement(page);
  await startMethod(page, 'Wie könnten wir …?');
  await expect(carried(page)).toContainText('Ausgangspunkt');
  await expect(carried(page)).toContainText(
    'die Ladeninhaberin braucht eine Möglichkeit, telefonische Bestellungen schnell festzuhalten, weil sie abends alles von Zetteln abtippt.');
  const questions = ['Bestellungen am Telefon gleich digital erfassen', 'Stammkundschaft per Messenger erreichen', 'Lieferungen im Dorf bündeln'];
  for (const q of questions) await addNote(page, q, 'Vorhaben');

  // Group two of them: select with Space and Ctrl+click, group, name the group.
  await card(page, questions[1]).focus();
  await page.keyboard.press('Space');
  await card(page, questions[2]).locator('[data-note-text]').click({ modifiers: ['Control'] });
  await expect(page.getByRole('group', { name: 'Auswahl' })).toContainText('2 ausgewählt');
  await page.getByRole('button', { name: 'Gruppieren' }).click();
  const name = page.getByRole('textbox', { name: 'Name der Gruppe' });
  await expect(name).toBeFocused();
  await name.fill('Kontakt zur Kundschaft');
  await name.press('Enter');
  const head = board(page).locator('.cluster', { hasText: 'Kontakt zur Kundschaft' });
  await expect(head).toContainText('2 Notizen');
  await shoot(page, 'walk-cluster');
  // Collapse hides the group's notes, expand shows them again.
  const toggle = head.getByRole('button', { name: 'Gruppe „Kontakt zur Kundschaft“', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(card(page, questions[1])).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(card(page, questions[1])).toBeVisible();
  await expect(card(page, questions[1])).toHaveAttribute('aria-label', /Gruppe „Kontakt zur Kundschaft“/);

  // Three voters at one screen.
  await vote(page, [
    ['Anna', [questions[0], questions[0], questions[1]]],
    ['Ben', [questions[0], questions[2], questions[1]]],
    ['Cem', [questions[1], questions[0], questions[2]]],
  ], { newNames: ['Anna', 'Ben', 'Cem'], shot: 'walk-vote-turn' });
  const ranking = panel(page).getByRole('list', { name: 'Rangfolge' }).getByRole('listitem');
  await expect(ranking).toHaveCount(3);
  await expect(ranking.first()).toContainText('4 Punkte');
  await expect(ranking.first()).toContainText(questions[0]);
  await expect(ranking.first()).toContainText('Meiste Punkte');
  await expect(card(page, questions[0])).toHaveAttribute('aria-label', /4 Punkte/);
  await shoot(page, 'walk-vote-ranking');
  // The reveal is one undo step; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(panel(page).getByRole('button', { name: 'Punkte aufdecken' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(ranking.first()).toContainText(questions[0]);
  await expectSaved(page);
  await markDone(page);

  // Ideen entwickeln: the winning question is the prompt, linked to its board.
  await startMethod(page, 'Crazy 8s');
  await expect(carried(page)).toContainText('Leitfrage');
  await expect(carried(page)).toContainText('Wie könnten wir Bestellungen am Telefon gleich digital erfassen?');
  await expect(carried(page).getByRole('link', { name: 'aus „Wie könnten wir …?“' })).toBeVisible();
  const ideas = ['Sprachnachricht wird Bestellzettel', 'Bestellblock mit QR-Code', 'Tablet an der Kasse'];
  await addNote(page, ideas[0], 'Runde 1');
  await addNote(page, ideas[1], 'Runde 1');
  await addNote(page, ideas[2], 'Runde 2');
  await vote(page, [
    ['Anna', [ideas[0], ideas[1], ideas[0]]],
    ['Ben', [ideas[0], ideas[2], ideas[2]]],
    ['Cem', [ideas[1], ideas[0], ideas[0]]],
  ]);
  await markDone(page);

  // Prototypen: the voted ideas are the candidates, most dots first.
  await startMethod(page, 'Storyboard');
  const candidates = carried(page).getByRole('listitem');
  await expect(candidates).toHaveCount(3);
  await expect(candidates.first()).toContainText(ideas[0]);
  await expect(candidates.first()).toContainText('5 Punkte');
  await expect(carried(page)).toContainText('Wie könnten wir Bestellungen am Telefon gleich digital erfassen?');
  await carried(page).scrollIntoViewIfNeeded();
  await shoot(page, 'walk-carried');
  const panels = ['Frau Lange ruft an und spricht ihre Bestellung auf', 'Der Laden bekommt einen fertigen Zettel'];
  await addNote(page, panels[0], 'Bild 1');
  await addNote(page, panels[1], 'Bild 2');
  await vote(page, [['Anna', [panels[0]]], ['Ben', [panels[0]]], ['Cem', [panels[1]]]].map(([v, d]) => [v, [...d, ...d, ...d]]));
  await markDone(page);

  // Pitch: the chosen prototype is there to pitch.
  await startMethod(page, 'Pitch Canvas');
  await expect(carried(page).getByRole('listitem').first()).toContainText(panels[0]);
  // Its link leads back to the storyboard.
  await carried(page).getByRole('link', { name: 'aus „Storyboard“' }).first().click();
  await expect(page.getByRole('button', { name: 'Storyboard (fertig)', pressed: true })).toBeVisible();

  // Reflexion.
  await startMethod(page, 'Retrospektive');
  await addNote(page, 'Abstimmen am Beamer ging schnell', 'Lief gut');
  await expectSaved(page);

  // Everything survives a reload: the vote, the group and the carried prompt.
  await page.reload();
  await page.getByRole('button', { name: 'Wie könnten wir …? (fertig)' }).click();
  await expect(board(page).locator('.cluster', { hasText: 'Kontakt zur Kundschaft' })).toBeVisible();
  await expect(panel(page).getByRole('list', { name: 'Rangfolge' }).getByRole('listitem').first()).toContainText(questions[0]);
});

test('a voter can take dots back, cannot place more than allowed, and a cancelled turn stores nothing', async ({ page }) => {
  await createWorkshop(page, 'Verein Olbernhau', '');
  await startMethod(page, 'Brainstorming');
  await addNote(page, 'Vereinsheft als Podcast', 'Ideen');
  await addNote(page, 'Mitgliederliste in der Cloud', 'Ideen');
  await board(page).getByRole('button', { name: 'Punkte vergeben', exact: true }).click();
  // Without anyone chosen the vote cannot start, and says why.
  await panel(page).getByRole('button', { name: 'Abstimmung starten' }).click();
  await expect(page.getByRole('alert')).toContainText('mindestens eine Person');
  await panel(page).getByLabel('Person hinzufügen').fill('Dana');
  await panel(page).getByRole('button', { name: 'Hinzufügen' }).click();
  await panel(page).getByLabel('Punkte pro Person').fill('2');
  await panel(page).getByRole('button', { name: 'Abstimmung starten' }).click();
  await panel(page).getByRole('button', { name: 'Dana', exact: true }).click();
  const add = (t) => card(page, t).getByRole('button', { name: /^Punkt auf „/ });
  await add('Vereinsheft als Podcast').click();
  await add('Vereinsheft als Podcast').click();
  await expect(add('Mitgliederliste in der Cloud')).toBeDisabled();
  // With all dots placed the add button is disabled, so focus moves to the card's remove button.
  const remove = card(page, 'Vereinsheft als Podcast').getByRole('button', { name: 'Punkt von „Vereinsheft als Podcast“ wegnehmen' });
  await expect(remove).toBeFocused();
  await remove.click();
  await expect(add('Mitgliederliste in der Cloud')).toBeEnabled();
  // Keyboard: + on a focused card places a dot, and focus stays on the card.
  await card(page, 'Mitgliederliste in der Cloud').focus();
  await page.keyboard.press('+');
  await expect(panel(page)).toContainText('Punkte übrig: 0 von 2');
  await expect(card(page, 'Mitgliederliste in der Cloud')).toBeFocused();
  await page.keyboard.press('-');
  await expect(panel(page)).toContainText('Punkte übrig: 1 von 2');
  await expect(card(page, 'Mitgliederliste in der Cloud')).toBeFocused();
  // Cancel: nothing stored, Dana has not voted.
  await panel(page).getByRole('button', { name: 'Abbrechen' }).click();
  await expect(panel(page)).toContainText('0 von 1 haben abgestimmt');
  await expect(panel(page).getByRole('button', { name: 'Punkte aufdecken' })).toBeDisabled();
  await panel(page).getByRole('button', { name: 'Abstimmung abbrechen' }).click();
  await expect(panel(page)).toHaveCount(0);
});
