// The method library: find a method by phase, time, group size and name, read it, start it as a board, and run
// its steps with the step timer.
import { test, expect, shoot, shots, createWorkshop, addNote, expectSaved, expectBoardInView } from './fixtures.js';

async function openLibrary(page) {
  await page.getByRole('link', { name: 'Methode wählen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodenbibliothek' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Methoden gefunden/ })).toBeVisible();
}

const cards = (page) => page.locator('.method-card');

test('find a method by phase, time, people and name, read it, and start it as a board', async ({ page }) => {
  await createWorkshop(page, 'Heimatmuseum Olbernhau', 'Wie könnten wir Schulklassen digital durchs Museum führen?');
  await openLibrary(page);
  const all = await cards(page).count();
  expect(all).toBeGreaterThanOrEqual(24);
  await shoot(page, 'methods');

  await page.getByLabel('Phase').selectOption({ label: 'Ideen entwickeln' });
  const ideas = await cards(page).count();
  expect(ideas).toBeGreaterThanOrEqual(6);
  expect(ideas).toBeLessThan(all);
  await expect(cards(page).first()).toContainText('Ideen entwickeln');

  await page.getByLabel('Dauer').selectOption({ label: 'bis 30 Minuten' });
  await page.getByLabel('Personen im Team').fill('4');
  for (const meta of await page.locator('.method-card__meta').allTextContents()) {
    const minutes = Number(meta.match(/(\d+) Min\./)[1]);
    expect(minutes).toBeLessThanOrEqual(30);
  }
  await page.getByLabel('Suchen').fill('crazy');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 Methode gefunden' })).toBeVisible();

  // Nothing fits: a clear message and a way back.
  await page.getByLabel('Suchen').fill('gibt es nicht');
  await expect(page.getByText('Keine Methode passt zu diesen Filtern.')).toBeVisible();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(cards(page)).toHaveCount(all);

  await page.getByLabel('Suchen').fill('Crazy 8s');
  await page.getByRole('link', { name: 'Crazy 8s' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crazy 8s' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ablauf' })).toBeVisible();
  await expect(page.locator('.method-step')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Typische Falle' })).toBeVisible();
  await shoot(page, 'method-detail');

  await page.getByRole('button', { name: 'Methode starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heimatmuseum Olbernhau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Crazy 8s', pressed: true })).toBeVisible();
  // The rounds template became eight zones.
  await expect(page.locator('.zone')).toHaveCount(8);
  await addNote(page, 'Museumsrallye mit QR-Codes', 'Runde 1');
  await expectSaved(page);
  // Starting a method is one undo step, like every board change: undo twice removes the note and the board.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Crazy 8s', pressed: true })).toBeVisible();
  await expect(page.getByText('Museumsrallye mit QR-Codes')).toBeVisible();
});

test('the step bar walks through the steps and the step timer runs out on time', async ({ page }) => {
  // A controllable clock that still runs by itself, so the page renders as usual between the jumps.
  await page.clock.install();
  await page.clock.resume();
  await createWorkshop(page, 'Bäckerei Richter', '');
  await openLibrary(page);
  await page.getByLabel('Suchen').fill('Crazy 8s');
  await page.getByRole('link', { name: 'Crazy 8s' }).click();
  await page.getByRole('button', { name: 'Methode starten' }).click();

  const bar = page.getByRole('region', { name: 'Ablauf der Methode' });
  await expect(bar).toContainText('Schritt 1 von 4');
  await expect(bar.getByRole('button', { name: 'Vorheriger Schritt' })).toBeDisabled();
  await bar.getByRole('button', { name: 'Nächster Schritt' }).click();
  await expect(bar).toContainText('Schritt 2 von 4');
  await expect(bar).toContainText('8 Min.');
  // Eight sketches in eight minutes: the timer counts eight rounds of a minute.
  await expect(bar).toContainText('Runde 1 von 8');
  await expect(bar.getByRole('timer')).toHaveText('1:00');

  await bar.getByRole('button', { name: 'Timer starten' }).click();
  await expect(bar.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await page.clock.fastForward(61_000);
  await expect(bar).toContainText('Runde 2 von 8');
  await expect(bar.getByRole('timer')).toHaveText('0:59');
  await bar.getByRole('button', { name: 'Anhalten' }).click();
  await page.clock.fastForward(120_000);
  await expect(bar.getByRole('timer')).toHaveText('0:59');
  await bar.getByRole('button', { name: 'Fortsetzen' }).click();
  await expect(bar.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await page.clock.fastForward(7 * 60_000);
  await expect(bar).toContainText('Runde 8 von 8');
  await expect(bar.getByRole('timer')).toHaveText('0:00');
  await expect(bar.getByRole('status')).toHaveText('Die Zeit für diesen Schritt ist um.');
  await expect(bar.getByRole('button', { name: 'Timer starten' })).toBeVisible();
  await shoot(page, 'method-bar-time-up');
  await bar.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(bar.getByRole('timer')).toHaveText('1:00');
  await expect(bar).toContainText('Runde 1 von 8');
  await expect(bar.getByRole('status')).toHaveText('');
});

test('when the method library cannot be loaded, the message says so and the boards still work', async ({ page }) => {
  await page.route('**/public/methods/ideas.json', (route) => route.fulfill({ status: 500, body: 'kaputt' }));
  await createWorkshop(page, 'Verein Zukunft', '');
  await openLibrary(page).catch(() => {});
  await expect(page.getByRole('alert')).toContainText('Die Methodenbibliothek konnte nicht geladen werden (ideas.json: HTTP status 500)');
  await page.getByRole('link', { name: 'Zurück zum Projekt' }).click();
  await page.getByLabel('Vorlage').selectOption({ label: 'Freies Board' });
  await page.getByRole('button', { name: 'Board anlegen' }).click();
  await addNote(page, 'Geht trotzdem');
  await expectSaved(page);
});

async function startMethod(page, name) {
  await openLibrary(page);
  await page.getByLabel('Suchen').fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Methode starten' }).click();
  await expect(page.getByRole('button', { name, pressed: true })).toBeVisible();
}

test('a 2×2 matrix board is framed by its axes', async ({ page }) => {
  await createWorkshop(page, 'Gemeindeamt Seiffen', 'Wie könnten wir Anträge ohne Behördengang ermöglichen?');
  await startMethod(page, 'Nutzen-Aufwand-Matrix');
  const matrix = page.locator('.board__matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('.board__axis--y')).toContainText('Nutzen');
  await expect(matrix.locator('.board__axis--x')).toContainText('Aufwand');
  await expect(page.locator('.zone')).toHaveCount(4);
  // Two columns, two rows: the first two quadrants share a row, the third starts the next.
  const boxes = await page.locator('.zone').evaluateAll((zs) => zs.map((z) => z.getBoundingClientRect().toJSON()));
  expect(boxes[0].y).toBe(boxes[1].y);
  expect(boxes[2].y).toBeGreaterThan(boxes[0].y);
  await addNote(page, 'Online-Terminbuchung', 'Schnelle Erfolge');
  await shoot(page, 'board-matrix');
  await expectBoardInView(page, 'board-matrix');
});

test('a sentence board fills its sentence from the first note of each gap', async ({ page }) => {
  await createWorkshop(page, 'Sportverein Zwönitz', '');
  await startMethod(page, 'Problemformulierung (Point of View)');
  const sentence = page.locator('.board__sentence');
  await expect(sentence).toHaveText('[Nutzerin oder Nutzer] braucht eine Möglichkeit, [Bedürfnis], weil [Erkenntnis].');
  await addNote(page, 'die Kassenwartin eines kleinen Vereins', 'Nutzerin oder Nutzer');
  await addNote(page, 'Mitgliedsbeiträge ohne Papierlisten einzusammeln', 'Bedürfnis');
  await expect(sentence).toHaveText('die Kassenwartin eines kleinen Vereins braucht eine Möglichkeit, Mitgliedsbeiträge ohne Papierlisten einzusammeln, weil [Erkenntnis].');
  await shoot(page, 'board-sentence');
  await expectBoardInView(page, 'board-sentence');
});

test('a canvas board places its fields on the template grid, and the list view shows them in one column', async ({ page }) => {
  await createWorkshop(page, 'Tischlerei Lößnitz', '');
  await startMethod(page, 'Lean Canvas');
  const fields = page.locator('.board__zones--canvas > .zone');
  expect(await fields.count()).toBeGreaterThanOrEqual(9);
  const placed = await fields.evaluateAll((zs) => zs.map((z) => [z.style.gridColumn, z.style.gridRow]));
  expect(placed.every(([c, r]) => c && r)).toBe(true);
  await addNote(page, 'Handwerksbetriebe ohne eigene IT', await fields.first().locator('.zone__title').innerText());
  await shoot(page, 'board-canvas');
  await expectBoardInView(page, 'board-canvas');

  // The list view: the same board as one column of compact rows, remembered across reloads.
  await page.getByRole('button', { name: 'Liste' }).click();
  await expect(page.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
  const xs = await fields.evaluateAll((zs) => zs.map((z) => Math.round(z.getBoundingClientRect().x)));
  expect(new Set(xs).size).toBe(1);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
  await shoot(page, 'board-list');
  await expectBoardInView(page, 'board-list');
  await page.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Board', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

// Each sentence board filled with a realistic example reads as one correct German sentence, on the projector.
const sentences = [
  ['Problemformulierung (Point of View)', [
    ['Nutzerin oder Nutzer', 'die Kassenwartin des Sportvereins'],
    ['Bedürfnis', 'Mitgliedsbeiträge ohne Papierlisten einzusammeln'],
    ['Erkenntnis', 'sie jeden Monat abends allein nachrechnet'],
  ], 'die Kassenwartin des Sportvereins braucht eine Möglichkeit, Mitgliedsbeiträge ohne Papierlisten einzusammeln, weil sie jeden Monat abends allein nachrechnet.'],
  ['Wie könnten wir …?', [
    ['Für wen', 'für ältere Vereinsmitglieder'],
    ['Vorhaben', 'das Anmelden zu Kursen leichter machen'],
    ['Wirkung', 'sie ohne Hilfe mitmachen können'],
  ], 'Wie könnten wir für ältere Vereinsmitglieder das Anmelden zu Kursen leichter machen, damit sie ohne Hilfe mitmachen können?'],
  ['Testplan', [
    ['Annahme', 'ältere Mitglieder auch online buchen'],
    ['Test', 'einem Klickprototyp bei zehn Mitgliedern im Vereinsheim'],
    ['Messgröße', 'die Buchungen ohne Hilfe'],
    ['Erfolgsschwelle', 'mindestens sieben von zehn Buchungen'],
  ], 'Wir glauben, dass ältere Mitglieder auch online buchen. Das prüfen wir mit einem Klickprototyp bei zehn Mitgliedern im Vereinsheim. Dabei zählen wir die Buchungen ohne Hilfe. Die Annahme gilt als bestätigt bei mindestens sieben von zehn Buchungen.'],
  ['Kernbotschaft (Elevator Pitch)', [
    ['Problem', 'das Zettelchaos bei der Vereinskasse'],
    ['Zielgruppe', 'kleine Sportvereine'],
    ['Lösung', 'Belege per Handyfoto erfassen'],
    ['Wirkung', 'die Kasse in Minuten stimmt'],
  ], 'Wir lösen das Zettelchaos bei der Vereinskasse für kleine Sportvereine, indem wir Belege per Handyfoto erfassen, damit die Kasse in Minuten stimmt.'],
];
for (const [method, gaps, expected] of sentences) {
  test(`the ${method} board, filled, reads as one sentence`, async ({ page }) => {
    await createWorkshop(page, 'Sportverein Zwönitz', '');
    await startMethod(page, method);
    for (const [zone, text] of gaps) await addNote(page, text, zone);
    await expect(page.locator('.board__sentence')).toHaveText(expected);
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = method.replace(/[^A-Za-zÄÖÜäöüß]+/g, '-').replace(/-+$/, '').toLowerCase();
    await page.screenshot({ path: `${shots}sentence-${name}-projector.png` });
  });
}
