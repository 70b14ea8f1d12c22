// Issue 5's "done when": the timer, projector mode and window, the agenda run, the shortcut overview and print.
import { readFileSync } from 'node:fs';
import { test, expect, shoot, shots, createWorkshop, addNote, expectSaved, startMethod, expectAccessible } from './fixtures.js';

test.describe.configure({ timeout: 120_000 });

const bar = (page) => page.getByRole('region', { name: 'Ablauf der Methode' });
const clock = (scope) => scope.getByRole('timer', { name: 'Restzeit' }).first();

/** Pretends the tab went to the background (or the laptop to sleep), or came back. */
async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('the timer is right after the page was hidden longer than the countdown, rounds included', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await createWorkshop(page);
  await startMethod(page, 'Crazy 8s');
  await expect(clock(bar(page))).toHaveText('2:00');
  await bar(page).getByRole('button', { name: 'Timer starten' }).click();
  await expect(bar(page).getByRole('button', { name: 'Anhalten' })).toBeVisible();

  // Hidden with the clock frozen: no tick runs. Five minutes later the page comes back.
  await page.clock.pauseAt(new Date('2026-11-28T09:00:10'));
  await setHidden(page, true);
  await page.clock.setSystemTime(new Date('2026-11-28T09:05:00'));
  await setHidden(page, false);
  await expect(clock(bar(page))).toHaveText('0:00');
  await expect(bar(page).getByRole('status')).toHaveText('Die Zeit für diesen Schritt ist um.');
  await expect(bar(page).locator('.timer--over')).toBeVisible();

  // Eight rounds of a minute: after 3½ minutes away it is round 4 with half a minute left.
  await bar(page).getByRole('button', { name: 'Nächster Schritt' }).click();
  await expect(bar(page)).toContainText('Skizzieren');
  await expect(bar(page)).toContainText('Runde 1 von 8');
  await expect(clock(bar(page))).toHaveText('1:00');
  await bar(page).getByRole('button', { name: 'Timer starten' }).click();
  await setHidden(page, true);
  await page.clock.setSystemTime(new Date('2026-11-28T09:08:30'));
  await setHidden(page, false);
  await expect(bar(page)).toContainText('Runde 4 von 8');
  await expect(clock(bar(page))).toHaveText('0:30');

  // Pause, one more minute, reset; the sound switch remembers.
  await bar(page).getByRole('button', { name: 'Anhalten' }).click();
  await bar(page).getByRole('button', { name: '+1 Min.' }).click();
  await expect(clock(bar(page))).toHaveText('1:30');
  await bar(page).getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(clock(bar(page))).toHaveText('1:00');
  await expect(bar(page)).toContainText('Runde 1 von 8');
  await bar(page).getByRole('button', { name: 'Stumm' }).click();
  await expect(bar(page).getByRole('button', { name: 'Stumm' })).toHaveAttribute('aria-pressed', 'true');
  await page.clock.resume();
  await shoot(page, 'room-timer');
  await page.reload();
  await expect(bar(page).getByRole('button', { name: 'Stumm' })).toHaveAttribute('aria-pressed', 'true');
  // The step survives a reload of the tab.
  await expect(bar(page)).toContainText('Skizzieren');
});

test('the projector window mirrors the control window within 200 ms, and closing it loses nothing', async ({ page }) => {
  await createWorkshop(page);
  await startMethod(page, 'Check-in & Steckbrief');
  await addNote(page, 'Anna, Bäckerei', 'Wer ich bin');
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projektorfenster öffnen' }).click(),
  ]);
  const wall = projector.getByRole('region', { name: 'Projektoransicht' });
  await expect(wall.locator('.projector__card', { hasText: 'Anna, Bäckerei' })).toBeVisible();
  await expect(wall).toContainText('Schritt 1 von 4');

  // The note appears in the projector window within 200 ms of being committed, long before it is saved.
  const seen = projector.evaluate(() => new Promise((resolve) => {
    const done = () => {
      if (document.body.innerText.includes('Ben, Tischlerei')) { observer.disconnect(); resolve(Date.now()); return true; }
      return false;
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }));
  await page.getByRole('button', { name: 'Notiz hinzufügen in „Wer ich bin“' }).click();
  await page.getByRole('textbox', { name: 'Notiztext' }).fill('Ben, Tischlerei');
  // The commit moment is taken inside the page, so Playwright's own round trip does not count.
  await page.evaluate(() => window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) window.__sent = Date.now();
  }, { capture: true }));
  await page.getByRole('textbox', { name: 'Notiztext' }).press('Control+Enter');
  const delay = (await seen) - (await page.evaluate(() => window.__sent));
  console.log(`projector mirror: ${delay} ms`);
  expect(delay).toBeLessThan(200);

  // Step and timer follow too.
  await bar(page).getByRole('button', { name: 'Nächster Schritt' }).click();
  await expect(wall).toContainText('Schritt 2 von 4');
  await bar(page).getByRole('button', { name: 'Timer starten' }).click();
  await expect(wall.locator('.timer--running')).toBeVisible();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.screenshot({ path: `${shots}room-projector-window.png` });
  const size = await wall.locator('.projector__card').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);

  // Closing the projector window loses nothing; the control window goes on and saves.
  await projector.close();
  await addNote(page, 'Cem, Museum', 'Wer ich bin');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('article[data-note-id]')).toHaveCount(3);
});

test('projector mode: full window, large notes, no editing chrome, keys for step and timer', async ({ page }) => {
  await createWorkshop(page);
  await startMethod(page, 'Check-in & Steckbrief');
  await addNote(page, 'Wir backen seit 1890', 'Wer ich bin');
  await page.locator('body').press('f');
  const wall = page.getByRole('region', { name: 'Projektoransicht' });
  await expect(wall).toBeVisible();
  await expect(wall.locator('.projector__card')).toHaveText('Wir backen seit 1890');
  // The page behind is inert while the wall is up: nothing there takes focus or is read out.
  const behindFocusable = () => page.evaluate(() => {
    const tab = document.querySelector('.board-tabs__tab');
    tab.focus();
    return document.activeElement === tab;
  });
  expect(await behindFocusable()).toBe(false);
  await expect(wall).toBeFocused();
  const size = await wall.locator('.projector__card').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await expect(page.getByRole('toolbar')).not.toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(wall).toContainText('Schritt 2 von 4');
  await page.keyboard.press(' ');
  await expect(wall.locator('.timer--running')).toBeVisible();
  // N does nothing here: the board is not for editing.
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Notiztext' })).toHaveCount(0);
  await shoot(page, 'room-projector-mode');
  await page.keyboard.press('Escape');
  await expect(wall).toHaveCount(0);
  await expect(bar(page)).toContainText('Schritt 2 von 4');
  expect(await behindFocusable()).toBe(true);
});

test('an agenda from a template is reordered by keyboard and run through three items', async ({ page }) => {
  await createWorkshop(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda des Tages' })).toBeVisible();
  await page.getByRole('button', { name: 'Kickoff (3½ Std.)' }).click();
  const items = page.locator('.agenda__item');
  await expect(items).toHaveCount(7);
  await expect(items.nth(0)).toContainText('9:00–9:20');
  await expect(items.nth(0)).toContainText('Check-in & Steckbrief');
  await expect(page.locator('.agenda__summary')).toHaveText('Ende 12:30 · 3 Std. 30 Min.');

  // Start at 9:30; the template has the two-minute pitches before speed dating: Alt+↑ on the handle moves speed
  // dating up, Alt+↓ back; speed dating 35 minutes.
  await page.getByLabel('Beginn').fill('09:30');
  await page.getByLabel('Beginn').dispatchEvent('change');
  await expect(items.nth(0)).toContainText('9:30–9:50');
  await expect(items.nth(1)).toContainText('2-Minuten-Pitch');
  await page.getByRole('button', { name: /„Speed-Dating“ verschieben/ }).press('Alt+ArrowUp');
  await expect(items.nth(1)).toContainText('Speed-Dating');
  await expect(page.getByRole('button', { name: /„Speed-Dating“ verschieben/ })).toBeFocused();
  await page.getByRole('button', { name: /„Speed-Dating“ verschieben/ }).press('Alt+ArrowDown');
  await expect(items.nth(1)).toContainText('2-Minuten-Pitch');
  await expect(page.getByRole('button', { name: /„Speed-Dating“ verschieben/ })).toBeFocused();
  await page.getByLabel('Dauer von „Speed-Dating“ in Minuten').fill('35');
  await page.getByLabel('Dauer von „Speed-Dating“ in Minuten').press('Tab');
  await expect(page.locator('.agenda__summary')).toHaveText('Ende 12:55 · 3 Std. 25 Min.');
  await page.getByRole('button', { name: 'Pause hinzufügen' }).click();
  await expect(items).toHaveCount(8);
  await page.getByRole('button', { name: '„Pause“ entfernen' }).last().click();
  await expect(items).toHaveCount(7);
  // Dragging a handle onto another item moves it there.
  await page.getByRole('button', { name: /„Team-Canvas“ verschieben/ }).dragTo(items.nth(0));
  await expect(items.nth(0)).toContainText('Team-Canvas');
  await expect(items.nth(0)).toContainText('9:30–10:10');
  await page.keyboard.press('Control+z');
  await expect(items.nth(0)).toContainText('Check-in & Steckbrief');
  await shoot(page, 'room-agenda');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda for the day' })).toBeVisible();
  await expect(page.locator('.agenda__summary')).toHaveText('Ends 12:55 · 3 h 25 min');
  await expect(items.nth(3)).toContainText('Break');
  await shoot(page, 'room-agenda-en');
  await page.getByRole('button', { name: 'Deutsch' }).click();

  // The run: each item opens its board with the step timer running, says what is next and how the day stands.
  await page.getByRole('button', { name: 'Ablauf starten' }).click();
  const run = page.getByRole('region', { name: 'Laufende Agenda' });
  await expect(run).toContainText('Programmpunkt 1 von 7');
  await expect(page.getByRole('button', { name: 'Check-in & Steckbrief', pressed: true })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await expect(run).toContainText('Als Nächstes: 2-Minuten-Pitch');
  await expect(run).toContainText('im Plan');
  await run.getByRole('button', { name: 'Weiter zum nächsten Punkt' }).click();
  await expect(run).toContainText('Programmpunkt 2 von 7');
  await expect(page.getByRole('button', { name: '2-Minuten-Pitch', pressed: true })).toBeVisible();
  await expect(bar(page)).toContainText('Schritt 1 von 3');
  await expect(bar(page).getByRole('button', { name: 'Anhalten' })).toBeVisible();
  // Twenty minutes ahead: check-in took seconds instead of 20 minutes.
  await expect(run).toContainText('20 Min. vor dem Plan');
  await run.getByRole('button', { name: 'Weiter zum nächsten Punkt' }).click();
  await expect(run).toContainText('Programmpunkt 3 von 7');
  await expect(page.getByRole('button', { name: 'Speed-Dating', pressed: true })).toBeVisible();
  await expect(run).toContainText('Als Nächstes: Pause');
  await shoot(page, 'room-agenda-run');
  await run.getByRole('button', { name: 'Weiter zum nächsten Punkt' }).click();
  await expect(run).toContainText('Programmpunkt 4 von 7');
  await expect(run).toContainText('Pause');
  await expect(clock(page)).toHaveText(/^1[45]:\d\d$/);
  await run.getByRole('button', { name: 'Ablauf beenden' }).click();
  await expect(run).toHaveCount(0);
  await expectSaved(page);
});

test('the ? overview lists every shortcut the code registers, and no shortcut fires while typing', async ({ page }) => {
  await createWorkshop(page);
  await startMethod(page, 'Check-in & Steckbrief');
  // The table in the source: every entry `Shortcut { scope: Scope::X, action: KeyAction::Y, … }`.
  const source = readFileSync(new URL('../../../src/components/shortcuts.rs', import.meta.url), 'utf8');
  const registered = [...source.matchAll(/Shortcut\s*\{\s*scope:\s*Scope::(\w+),\s*action:\s*KeyAction::(\w+)/g)].map((m) => `${m[1]}/${m[2]}`);
  expect(registered.length).toBeGreaterThan(15);

  // Typing "?" and "n" into a note goes into the note.
  await page.getByRole('button', { name: 'Notiz hinzufügen in „Wer ich bin“' }).click();
  const editor = page.getByRole('textbox', { name: 'Notiztext' });
  await editor.pressSequentially('n?t');
  await expect(editor).toHaveValue('n?t');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toHaveCount(0);
  await editor.press('Control+Enter');
  await expect(page.locator('article[data-note-id]')).toHaveCount(1);
  await expect(bar(page).getByRole('button', { name: 'Timer starten' })).toBeVisible();

  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(help).toBeVisible();
  const listed = await help.locator('tr[data-action]').evaluateAll((rows) => rows.map((r) => `${r.dataset.scope}/${r.dataset.action}`));
  expect(listed).toEqual(registered);
  await expect(help).toContainText('Strg+Umschalt+Z');
  await expect(help).toContainText('Alt+↑');
  await shoot(page, 'room-shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // T starts the timer from anywhere on the page, Bild ↓ goes to the next step.
  await page.locator('body').press('t');
  await expect(bar(page).getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await page.locator('body').press('PageDown');
  await expect(bar(page)).toContainText('Schritt 2 von 4');
});

test('print: a board without toolbar and with every note as a card; the agenda prints too', async ({ page }) => {
  await createWorkshop(page);
  await startMethod(page, 'Check-in & Steckbrief');
  const texts = ['Anna, Bäckerei', 'Ben, Tischlerei', 'Cem, Museum', 'Fotografie', 'Mehr Kundschaft aus dem Tal'];
  await addNote(page, texts[0], 'Wer ich bin');
  await addNote(page, texts[1], 'Wer ich bin');
  await addNote(page, texts[2], 'Wer ich bin');
  await addNote(page, texts[3], 'Was ich gut kann');
  await addNote(page, texts[4], 'Was ich mir wünsche');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.method-bar')).toBeHidden();
  for (const text of texts) await expect(page.locator('article[data-note-id]', { hasText: text })).toBeVisible();
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.screenshot({ path: `${shots}room-print-board.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Pitch-Training (2 Std.)' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.agenda__item')).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Ablauf starten' })).toBeHidden();
  await page.screenshot({ path: `${shots}room-print-agenda.png`, fullPage: true });
  // A real PDF on A4 landscape renders without error.
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.length).toBeGreaterThan(1000);
});

test('the agenda run reads clearly on schedule, ahead and behind, in German and English (axe, every impact)', async ({ page }) => {
  await page.clock.install();
  await page.clock.resume();
  await createWorkshop(page);
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Kickoff (3½ Std.)' }).click();
  const run = page.locator('.agenda-run');
  const states = async (lang, names) => {
    await page.getByRole('button', { name: names.start }).click();
    await expect(run).toContainText(names.onSchedule);
    await expectAccessible(page, `agenda run on schedule (${lang})`);
    // The first item is done in seconds instead of 20 minutes: ahead.
    await run.getByRole('button', { name: names.next }).click();
    await expect(run).toContainText(names.ahead);
    await expectAccessible(page, `agenda run ahead (${lang})`);
    // The second one overruns by far: behind.
    await page.clock.fastForward(90 * 60_000);
    await expect(run).toContainText(names.behind);
    await expectAccessible(page, `agenda run behind (${lang})`);
    await shoot(page, `room-agenda-behind-${lang}`);
    await run.getByRole('button', { name: names.stop }).click();
    await expect(run).toHaveCount(0);
  };
  await states('de', { start: 'Ablauf starten', onSchedule: 'im Plan', next: 'Weiter zum nächsten Punkt', ahead: 'vor dem Plan', behind: 'hinter dem Plan', stop: 'Ablauf beenden' });
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await states('en', { start: 'Run the agenda', onSchedule: 'on schedule', next: 'On to the next item', ahead: 'ahead of schedule', behind: 'behind schedule', stop: 'Stop the agenda' });
});
