// The live room against the real sync server the test run starts (y-websocket's, scripts/room_server.sh): a
// facilitator's laptop opens a room, a phone joins by its link, notes travel both ways, and neither the
// WebSocket frames nor the server's store ever hold a text written in a note.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test, expect, createWorkshop, addBoard, addNote, startMethod, writeProblemStatement, expectAccessible, shoot, sizes, launchPersistent, crashRenderer } from './fixtures.js';
import { roomData } from '../playwright.config.js';

/** Every file below `dir`, read. */
function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [readFileSync(path)];
  });
}

/** Records the payload of every WebSocket frame the page sends or receives. */
function recordFrames(page, frames) {
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.push(Buffer.from(f.payload)));
    ws.on('framereceived', (f) => frames.push(Buffer.from(f.payload)));
  });
}

/** Records which bundle's wasm `page` loads (`querwerk`, `start`, `pitch`, `live`, `phone`), in order. */
function recordBundles(page) {
  const loaded = [];
  page.on('request', (r) => {
    const bundle = r.url().match(/\/(querwerk|live|start|pitch|phone)-[0-9a-f]+_bg\.wasm$/)?.[1];
    if (bundle) loaded.push(bundle);
  });
  return loaded;
}

const notes = (page) => page.locator('article[data-note-id]');

/** A phone of its own (390×844, German, no service worker), as a participant brings one. */
const phoneContextIn = (browser, baseURL) =>
  browser.newContext({ baseURL, viewport: sizes.phone, locale: 'de-DE', serviceWorkers: 'block' });

test('a workshop goes live: two phones join by link, notes travel every way, the server sees no text', async ({ page, browser, baseURL }) => {
  const marker = `Vertraulich-${Date.now()}`;
  const frames = [];
  recordFrames(page, frames);
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Notiz vom Laptop');

  await page.getByRole('button', { name: 'Live-Raum öffnen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  await expect(invite.getByRole('img', { name: 'QR-Code zum Beitreten' })).toBeVisible();
  await expect(invite.getByLabel('Link zum Beitreten')).toHaveValue(/\/join#room=/);
  const link = await invite.getByLabel('Link zum Beitreten').inputValue();
  expect(link).toMatch(/\/join#room=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+&sync=ws[^&]*$/);
  // The facilitator's own link leads the room; the one everyone gets does not.
  expect(await invite.getByLabel(/Link für die Moderation/).inputValue()).toBe(`${link}&lead=1`);
  await shoot(page, 'live-invite');
  await invite.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');

  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  recordFrames(phone, frames);
  await phone.goto(link);
  await expect(notes(phone)).toHaveText(['Notiz vom Laptop']);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');

  await addNote(phone, `Vom Telefon: ${marker}`);
  await expect(notes(page).filter({ hasText: marker })).toBeVisible();
  await addNote(page, 'Noch eine vom Laptop');
  await expect(notes(phone).filter({ hasText: 'Noch eine vom Laptop' })).toBeVisible();

  // A second phone: its note reaches the laptop and the first phone too.
  const secondContext = await phoneContextIn(browser, baseURL);
  const second = await secondContext.newPage();
  recordFrames(second, frames);
  await second.goto(link);
  await expect(notes(second)).toHaveCount(3);
  await addNote(second, `Vom zweiten Telefon: ${marker}`);
  await expect(notes(page).filter({ hasText: 'Vom zweiten Telefon' })).toBeVisible();
  await expect(notes(phone).filter({ hasText: 'Vom zweiten Telefon' })).toBeVisible();
  await secondContext.close();
  await phone.screenshot({ path: `${join(import.meta.dirname, '../screenshots')}/live-phone-phone.png`, fullPage: true });
  await expectAccessible(phone, 'live phone');

  // The text was written, sent and stored, but only as ciphertext.
  expect(frames.length).toBeGreaterThan(4);
  for (const frame of frames) expect(frame.includes(marker)).toBe(false);
  const stored = filesBelow(roomData);
  expect(stored.length).toBeGreaterThan(0);
  for (const file of stored) expect(file.includes(marker)).toBe(false);
  await phoneContext.close();
});

// The room's own JavaScript client (the pinned yjs and y-websocket of server/), as any peer could run it.
const serverRequire = createRequire(new URL('../../../server/package.json', import.meta.url));

/** Opens a live room from the laptop and returns its join link. */
async function goLive(page) {
  await page.getByRole('button', { name: 'Live-Raum öffnen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  // The page loads again in the live bundle, which fills in the link once it has rejoined the room.
  await expect(invite.getByLabel('Link zum Beitreten')).toHaveValue(/\/join#room=/);
  const link = await invite.getByLabel('Link zum Beitreten').inputValue();
  await invite.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  return link;
}

/** Runs `page`'s connection to the sync server through the test, so it can cut it (a dead spot in the
 * village hall) and let it come back. */
async function cuttable(page) {
  let online = true;
  const open = [];
  await page.routeWebSocket(/:4190\//, (ws) => {
    if (!online) return ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  return {
    cut: async () => {
      online = false;
      for (const ws of open.splice(0)) await ws.close();
    },
    restore: () => { online = true; },
  };
}

test('a phone that loses its connection keeps writing; back online, every device has every note', async ({ page, browser, baseURL }) => {
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Vor dem Funkloch');
  const link = await goLive(page);

  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  const signal = await cuttable(phone);
  await phone.goto(link);
  await expect(notes(phone)).toHaveText(['Vor dem Funkloch']);

  await signal.cut();
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'offline');
  await expect(phone.locator('.live-status__line')).toContainText('Änderungen werden gesendet');
  await addNote(phone, 'Offline geschrieben 1');
  await addNote(phone, 'Offline geschrieben 2');
  await addNote(page, 'Derweil am Laptop');
  await expect(notes(page)).toHaveCount(2);

  signal.restore();
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  const all = ['Vor dem Funkloch', 'Offline geschrieben 1', 'Offline geschrieben 2', 'Derweil am Laptop'];
  await expect.poll(async () => (await notes(page).allTextContents()).sort()).toEqual([...all].sort());
  await expect.poll(async () => (await notes(phone).allTextContents()).sort()).toEqual([...all].sort());
  await phoneContext.close();
});

test('a peer that sends a malformed update leaves the workshop intact on every device, and says so', async ({ page }) => {
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Bleibt, wie es ist');
  const link = await goLive(page);
  const room = new URL(link).hash.match(/room=([^.]+)\./)[1];

  // A peer without the key writes a plain text where the room keeps sealed ones: valid Yjs, invalid content.
  const Y = serverRequire('yjs');
  const { WebsocketProvider } = serverRequire('y-websocket');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider('ws://127.0.0.1:4190', room, doc, { WebSocketPolyfill: serverRequire('ws') });
  await new Promise((resolve) => provider.once('synced', resolve));
  const [id] = [...doc.getMap('notes').keys()];
  doc.getMap('notes').get(id).set('text', 'Übernommen? Nein.');

  await expect(page.locator('.live-status__refused')).toContainText('nicht übernommen');
  await expect(notes(page)).toHaveText(['Bleibt, wie es ist']);
  provider.destroy();
  await page.reload();
  await expect(notes(page)).toHaveText(['Bleibt, wie es ist']);
});

test('a laptop that was offline and reloaded keeps its own edits and takes the newer ones from the room', async ({ page, browser, baseURL }) => {
  let online = true;
  const open = [];
  await page.routeWebSocket(/:4190\//, (ws) => {
    if (!online) return ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Erste Fassung');
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(notes(phone)).toHaveText(['Erste Fassung']);

  // The laptop drops out; meanwhile the phone rewrites the note, and the laptop adds one of its own and reloads.
  online = false;
  for (const ws of open.splice(0)) await ws.close();
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'offline');
  await phone.getByRole('article').filter({ hasText: 'Erste Fassung' }).dblclick();
  await phone.getByRole('textbox', { name: 'Notiztext' }).fill('Neuere Fassung vom Telefon');
  await phone.getByRole('textbox', { name: 'Notiztext' }).press('Control+Enter');
  await addNote(page, 'Offline am Laptop');
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(notes(page)).toHaveText(['Erste Fassung', 'Offline am Laptop']);

  online = true;
  const both = ['Neuere Fassung vom Telefon', 'Offline am Laptop'];
  await expect.poll(() => notes(page).allTextContents(), { timeout: 15_000 }).toEqual(both);
  await expect.poll(() => notes(phone).allTextContents()).toEqual(both);
  await phoneContext.close();
});

test('the team is kept on the workshop page, a phone picks its member, is seen in the room, and its notes carry that name', async ({ page, browser, baseURL }) => {
  await createWorkshop(page);
  await addBoard(page);
  await page.getByRole('button', { name: 'Team (0)' }).click();
  const team = page.getByRole('dialog', { name: 'Team' });
  for (const [name, role] of [['Anna', 'Kreativschaffende'], ['Ben', 'Unternehmen/Einrichtung'], ['Cem', 'Moderation']]) {
    await team.getByRole('textbox', { name: 'Name' }).last().fill(name);
    await team.getByRole('combobox', { name: 'Rolle' }).last().selectOption({ label: role });
    await team.getByRole('button', { name: 'Hinzufügen' }).click();
  }
  await expect(team.getByRole('button', { name: /aus dem Team entfernen/ })).toHaveCount(3);
  await team.getByRole('button', { name: 'Cem aus dem Team entfernen' }).click();
  await expect(team.getByRole('button', { name: /aus dem Team entfernen/ })).toHaveCount(2);
  await expect(team.getByRole('radio', { name: 'Niemand bestimmtes (gemeinsamer Bildschirm)' })).toBeChecked();
  await shoot(page, 'team-dialog');
  await team.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('button', { name: 'Team (2)' })).toBeVisible();
  // At the shared screen no one is picked: the note carries no name.
  await addNote(page, 'Vom gemeinsamen Bildschirm');
  const link = await goLive(page);

  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  // Who is in the room: first a device without a name, then Anna's phone.
  await expect(page.locator('.live-status__here')).toHaveText('Außerdem im Raum: 1 Gerät ohne Namen');
  await phone.getByRole('button', { name: 'Team (2)' }).click();
  await phone.getByRole('radio', { name: 'Das bin ich: Anna' }).check();
  await phone.getByRole('dialog', { name: 'Team' }).getByRole('button', { name: 'Schließen' }).click();
  await expect(page.locator('.live-status__here')).toHaveText('Außerdem im Raum: Anna');
  await addNote(phone, 'Annas Idee');
  await expect(notes(page).filter({ hasText: 'Annas Idee' })).toContainText('von Anna');
  await expect(notes(page).filter({ hasText: 'Vom gemeinsamen Bildschirm' })).not.toContainText('von');

  // Renamed on the laptop: the phone's note shows the new name everywhere.
  await page.getByRole('button', { name: 'Team (2)' }).click();
  const name = page.getByRole('dialog', { name: 'Team' }).getByRole('textbox', { name: 'Name' }).first();
  await name.fill('Anna K.');
  await name.press('Tab');
  await page.getByRole('dialog', { name: 'Team' }).getByRole('button', { name: 'Schließen' }).click();
  await expect(notes(phone).filter({ hasText: 'Annas Idee' })).toContainText('von Anna K.');
  await phone.screenshot({ path: `${join(import.meta.dirname, '../screenshots')}/live-author-phone.png` });
  // Brainwriting counts ideas, not who had them: its board shows no author, on any device.
  await startMethod(page, 'Methode 6-3-5 (Brainwriting)');
  await expect(phone.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Methode 6-3-5 (Brainwriting)', pressed: true })).toBeVisible();
  await phone.locator('.zone__add').first().click();
  await phone.getByRole('textbox', { name: 'Notiztext' }).fill('Stille Idee');
  await phone.getByRole('textbox', { name: 'Notiztext' }).press('Control+Enter');
  await expect(notes(page).filter({ hasText: 'Stille Idee' })).toBeVisible();
  await expect(notes(page).filter({ hasText: 'Stille Idee' })).not.toContainText('von');
  await expect(notes(phone).filter({ hasText: 'Stille Idee' })).not.toContainText('von');
  await phoneContext.close();
  // A device that closes is gone from the room at once.
  await expect(page.locator('.live-status__here')).toHaveCount(0);
});

test('each person votes on their own phone, hidden from everyone until the facilitator reveals', async ({ page, browser, baseURL }) => {
  const panel = (p) => p.getByRole('region', { name: 'Punkte vergeben' });
  const card = (p, text) => p.locator('section.board article[data-note-id]', { hasText: text });
  const dot = async (p, text) => card(p, text).getByRole('button', { name: /^Punkt auf „/ }).click();
  await createWorkshop(page);
  await addBoard(page);
  for (const text of ['Lieferdienst', 'Bestellbox', 'Telefonkette']) await addNote(page, text);
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(notes(phone)).toHaveCount(3);

  // The facilitator starts a vote of two with three dots each; a participant's phone cannot.
  await expect(phone.getByRole('button', { name: 'Punkte vergeben', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Punkte vergeben', exact: true }).click();
  for (const name of ['Anna', 'Ben']) {
    await panel(page).getByLabel('Person hinzufügen').fill(name);
    await panel(page).getByLabel('Person hinzufügen').press('Enter');
  }
  await panel(page).getByRole('button', { name: 'Abstimmung starten' }).click();
  await expect(panel(phone)).toContainText('0 von 2 haben abgestimmt');
  // The phone is Anna's: it takes her turn only, and leaves the reveal to the facilitator.
  await phone.getByRole('button', { name: 'Team (2)' }).click();
  await phone.getByRole('radio', { name: 'Das bin ich: Anna' }).check();
  await phone.getByRole('dialog', { name: 'Team' }).getByRole('button', { name: 'Schließen' }).click();
  await expect(panel(phone).getByRole('button', { name: 'Ben', exact: true })).toBeDisabled();
  await expect(panel(phone).getByRole('button', { name: 'Punkte aufdecken' })).toBeHidden();
  await expect(panel(phone)).toContainText('Die Moderation deckt auf');

  // Anna votes on her phone: all three dots on the Bestellbox.
  await panel(phone).getByRole('button', { name: 'Anna', exact: true }).click();
  for (let i = 0; i < 3; i++) await dot(phone, 'Bestellbox');
  await expect(panel(phone)).toContainText('Punkte übrig: 0 von 3');
  await panel(phone).getByRole('button', { name: 'Fertig – weitergeben' }).click();
  await expect(panel(page)).toContainText('1 von 2 haben abgestimmt');
  await expect(page.locator('section.board .note__dot-marks:not(:empty)')).toHaveCount(0);

  // Ben at the shared screen: two on the Lieferdienst, one on the Bestellbox.
  await panel(page).getByRole('button', { name: 'Ben', exact: true }).click();
  await dot(page, 'Lieferdienst');
  await dot(page, 'Lieferdienst');
  await dot(page, 'Bestellbox');
  await panel(page).getByRole('button', { name: 'Fertig – weitergeben' }).click();
  await expect(panel(phone)).toContainText('2 von 2 haben abgestimmt');
  await expect(phone.locator('section.board .note__dot-marks:not(:empty)')).toHaveCount(0);

  await panel(page).getByRole('button', { name: 'Punkte aufdecken' }).click();
  const ranking = panel(phone).getByRole('list', { name: 'Rangfolge' });
  await expect(ranking.getByRole('listitem')).toHaveCount(2);
  await expect(ranking.getByRole('listitem').first()).toContainText('Bestellbox');
  await expect(ranking.getByRole('listitem').first()).toContainText('4');
  await expect(ranking.getByRole('listitem').nth(1)).toContainText('Lieferdienst');
  await expectAccessible(phone, 'live vote revealed on a phone');

  // A participant does not remove a note someone else wrote: it stays, and the phone says who does that.
  await card(phone, 'Telefonkette').focus();
  await phone.keyboard.press('Delete');
  await expect(phone.getByText('Das übernimmt in diesem Live-Raum die Moderation')).toBeVisible();
  await expect(notes(page)).toHaveCount(3);
  await expect(notes(phone)).toHaveCount(3);
  await phoneContext.close();
});

// The server this file restarted is its own to stop (Playwright stops only the one it started).
let restarted;
test.afterAll(() => restarted?.kill('SIGTERM'));

test('the sync server stops and starts again mid-session: nothing is lost, and both devices carry on', async ({ page, browser, baseURL }) => {
  const started = (port) => new Promise((resolve, reject) => {
    const deadline = Date.now() + 20_000;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(); });
      socket.on('error', () => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(attempt, 100)));
    };
    attempt();
  });
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Vor dem Neustart');
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(notes(phone)).toHaveText(['Vor dem Neustart']);

  // Stop the server the test run started; both devices notice and keep working.
  process.kill(Number(readFileSync(join(roomData, 'pid'), 'utf8')), 'SIGTERM');
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'offline');
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'offline');
  await addNote(phone, 'Während der Server weg ist');

  // The same server again, on the same store.
  restarted = spawn('bash', [join(import.meta.dirname, '../../../scripts/room_server.sh')], {
    env: { ...process.env, ROOM_PORT: '4190', ROOM_DATA: roomData },
    stdio: 'ignore',
  });
  writeFileSync(join(roomData, 'pid'), String(restarted.pid));
  await started(4190);
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  await expect(notes(page)).toHaveText(['Vor dem Neustart', 'Während der Server weg ist']);
  await addNote(page, 'Nach dem Neustart');
  await expect(notes(phone)).toHaveText(['Vor dem Neustart', 'Während der Server weg ist', 'Nach dem Neustart']);

  // A device joining now gets everything from the restarted server's store.
  const late = await phoneContextIn(browser, baseURL);
  const latePage = await late.newPage();
  await latePage.goto(link);
  await expect(notes(latePage)).toHaveText(['Vor dem Neustart', 'Während der Server weg ist', 'Nach dem Neustart']);
  await late.close();
  await phoneContext.close();
});

test('a phone shows the board, step and running timer the facilitator shows, and may look elsewhere meanwhile', async ({ page, browser, baseURL }) => {
  await createWorkshop(page);
  await startMethod(page, 'Brainstorming');
  await addBoard(page);
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');

  // The facilitator goes to the method's board, its second step, and starts the timer.
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Brainstorming' }).click();
  await page.getByRole('button', { name: 'Nächster Schritt' }).click();
  await page.getByRole('button', { name: 'Timer starten' }).click();
  await expect(phone.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Brainstorming', pressed: true })).toBeVisible();
  await expect(phone.locator('.method-bar')).toContainText('Schritt 2 von');
  await expect(phone.locator('.timer')).toHaveClass(/timer--running/);
  // Steps and the timer are the facilitator's: the phone has no buttons for them, and its keys do nothing.
  for (const name of ['Nächster Schritt', 'Vorheriger Schritt', 'Anhalten', '+1 Min.']) {
    await expect(phone.getByRole('button', { name })).toHaveCount(0);
  }
  await phone.locator('body').press('PageDown');
  await phone.locator('body').press('t');
  await phone.waitForTimeout(300);
  await expect(phone.locator('.method-bar')).toContainText('Schritt 2 von');
  await expect(phone.locator('.timer')).toHaveClass(/timer--running/);
  const clock = await phone.locator('.timer__clock').textContent();
  await expect(phone.locator('.timer__clock')).not.toHaveText(clock, { timeout: 5_000 });

  // The phone looks at the other board; it stays there until the facilitator moves on.
  await phone.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Freies Board' }).click();
  await phone.waitForTimeout(500);
  await expect(phone.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Freies Board', pressed: true })).toBeVisible();
  await page.getByRole('button', { name: 'Nächster Schritt' }).click();
  await expect(phone.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Brainstorming', pressed: true })).toBeVisible();
  await expect(phone.locator('.method-bar')).toContainText('Schritt 3 von');
  // The agenda is run from the facilitator's device too.
  await phone.getByRole('link', { name: 'Agenda' }).click();
  await expect(phone.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Ablauf starten' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('button', { name: 'Ablauf starten' })).toBeVisible();
  await phoneContext.close();
});

test('a broken join link says so and stores nothing', async ({ page }) => {
  await page.goto('/join#room=kaputt&sync=ws%3A%2F%2F127.0.0.1%3A4190');
  await expect(page.getByRole('status').filter({ hasText: 'Dieser Link führt in keinen Live-Raum' })).toBeVisible();
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page.getByRole('button', { name: 'Neues Projekt anlegen' })).toBeVisible();
  await expect(page.locator('a[href^="/w/"]')).toHaveCount(0);
});

test('the facilitator ends the room for everyone: each device keeps the workshop, and the link then says so', async ({ page, browser, baseURL }) => {
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Vor dem Ende');
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  await addNote(phone, 'Letzte vom Telefon');
  await expect(notes(page).filter({ hasText: 'Letzte vom Telefon' })).toBeVisible();
  // A participant may leave, but not end the room for everyone.
  await phone.getByRole('button', { name: 'Einladen' }).click();
  const phoneInvite = phone.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  await expect(phoneInvite.getByRole('button', { name: 'Raum auf diesem Gerät verlassen' })).toBeVisible();
  await expect(phoneInvite.getByRole('button', { name: 'Live-Raum für alle beenden' })).toHaveCount(0);
  await phoneInvite.getByRole('button', { name: 'Schließen' }).click();

  await page.getByRole('button', { name: 'Einladen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  await expectAccessible(page, 'live invite, lead');
  // The end of the dialog on a phone-sized window, where a facilitator may hold the room from.
  await page.setViewportSize(sizes.phone);
  await invite.getByRole('button', { name: 'Raum auf diesem Gerät verlassen' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${join(import.meta.dirname, '../screenshots')}/live-end-all-phone.png` });
  await page.setViewportSize(sizes.projector);
  await invite.getByRole('button', { name: 'Raum auf diesem Gerät verlassen' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${join(import.meta.dirname, '../screenshots')}/live-end-all-projector.png` });
  await invite.getByRole('button', { name: 'Live-Raum für alle beenden' }).click();
  await expect(page.locator('.live-status__line')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Live-Raum öffnen' })).toBeVisible();
  await expect(phone.locator('.live-status')).toContainText('Die Moderation hat den Live-Raum beendet');
  await expect(phone.locator('.live-status__line')).toHaveCount(0);
  // Both keep every note, and go on alone: a note written now stays on its device.
  for (const device of [page, phone]) await expect(notes(device)).toHaveText(['Vor dem Ende', 'Letzte vom Telefon']);
  await addNote(phone, 'Nur noch hier');
  await page.waitForTimeout(500);
  await expect(notes(page)).toHaveCount(2);
  // A reload does not rejoin, and the link now says the room has ended, storing nothing.
  await phone.reload();
  await expect(notes(phone)).toHaveCount(3);
  await expect(phone.locator('.live-status__line')).toHaveCount(0);
  const fresh = await phoneContextIn(browser, baseURL);
  const late = await fresh.newPage();
  await late.goto(link);
  await expect(late.getByRole('status').filter({ hasText: 'Dieser Live-Raum ist beendet' })).toBeVisible();
  await late.goto('/');
  await expect(late.locator('a[href^="/w/"]')).toHaveCount(0);
  await fresh.close();
  await phoneContext.close();
});

test('the live room’s code comes only with a room: the full app until a workshop goes live, then the live bundle, and the full app again once the room is left', async ({ page }) => {
  const loaded = recordBundles(page);
  await createWorkshop(page, 'Im Raum');
  await addBoard(page);
  await addNote(page, 'Vor dem Raum');
  expect(loaded).toEqual(['start', 'querwerk']);
  // Going live keeps the room's link, saves and hands the workshop to the live bundle, which joins the room
  // and opens the invitation as if nothing had been reloaded.
  loaded.length = 0;
  await page.getByRole('button', { name: 'Live-Raum öffnen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  await expect(invite.getByLabel('Link zum Beitreten')).toHaveValue(/\/join#room=/);
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  expect(loaded).toEqual(['live']);
  await invite.getByRole('button', { name: 'Schließen' }).click();
  await expect(notes(page)).toHaveText(['Vor dem Raum']);
  const roomUrl = page.url();

  // Another workshop opens in the full app; from its start page the one in the room is handed to the live
  // bundle, and rejoins.
  await createWorkshop(page, 'Ohne Raum');
  loaded.length = 0;
  await page.getByRole('link', { name: 'Projekte' }).click();
  await page.getByRole('link', { name: 'Im Raum' }).click();
  await expect(page).toHaveURL(roomUrl);
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  expect(loaded).toEqual(['live']);
  await expect(notes(page)).toHaveText(['Vor dem Raum']);

  // Left on this device, the workshop opens in the full app again.
  await page.getByRole('button', { name: 'Einladen' }).click();
  await invite.getByRole('button', { name: 'Raum auf diesem Gerät verlassen' }).click();
  await expect(page.getByRole('button', { name: 'Live-Raum öffnen' })).toBeVisible();
  loaded.length = 0;
  await page.reload();
  await expect(notes(page)).toHaveText(['Vor dem Raum']);
  expect(loaded).toEqual(['querwerk']);
});

test('a workshop deleted on this device leaves no room key behind, and undoing the deletion brings the room back', async ({ page }) => {
  const url = await createWorkshop(page, 'Kurz im Raum');
  const id = url.match(/\/w\/([0-9a-f-]{36})/)[1];
  await page.getByRole('button', { name: 'Live-Raum öffnen' }).click();
  const invite = page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' });
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  await invite.getByRole('button', { name: 'Schließen' }).click();
  // Everything this device keeps for the workshop outside its record names it in its key.
  const traces = () => page.evaluate((id) => Object.keys(localStorage).filter((k) => k.split('.').includes(id)).sort(), id);
  const before = await traces();
  expect(before).toContain(`querwerk.live.${id}`);

  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByText('Projekt „Kurz im Raum“ gelöscht.')).toBeVisible();
  expect(await traces()).toEqual([]);
  // Undone, the workshop and its room are back: it opens in the room again.
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect.poll(traces).toEqual(before);
  await page.getByRole('link', { name: 'Kurz im Raum' }).click();
  await expect(page.locator('.live-status__line')).toHaveAttribute('data-state', 'live');

  // Deleted for good, nothing of it is left after the page goes.
  await page.locator('.workshop-header').getByRole('button', { name: 'Projekt löschen' }).click();
  await expect(page.getByText('Projekt „Kurz im Raum“ gelöscht.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Kurz im Raum' })).toHaveCount(0);
  expect(await traces()).toEqual([]);
});

test('a participant’s phone loads only the method file of the board on screen, and shows its steps', async ({ page, browser, baseURL }) => {
  await createWorkshop(page, 'Eine Methode');
  await addBoard(page, 'Empathiekarte (Empathy Map)');
  const link = await goLive(page);
  const phone = await (await phoneContextIn(browser, baseURL)).newPage();
  const files = [];
  phone.on('request', (r) => {
    const file = r.url().match(/\/methods\/([a-z]+)\.json$/)?.[1];
    if (file) files.push(file);
  });
  await phone.goto(link);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  await expect(phone.locator('.method-bar')).toContainText('Schritt 1 von');
  await expect(phone.locator('.method-bar')).toContainText('Person festlegen');
  // The empathy map is a method of the problem phase: its file, not the other five.
  expect(files).toEqual(['problem']);
});

test('a participant’s phone downloads the participant bundle only: joining, writing, reloading; the agenda and leaving the room load the bundles for them', async ({ page, browser, baseURL }) => {
  await createWorkshop(page, 'Für Telefone');
  await addBoard(page);
  await addNote(page, 'Vom Laptop');
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  const loaded = recordBundles(phone);
  await phone.goto(link);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  // The join page moved on to the workshop without a second load, and without a way back to joining.
  await expect(phone).toHaveURL(/\/w\/[^/?#]+$/);
  await expect(phone.getByRole('heading', { level: 1, name: 'Für Telefone' })).toBeVisible();
  await addNote(phone, 'Vom Telefon');
  await expect(notes(page).filter({ hasText: 'Vom Telefon' })).toBeVisible();
  expect(loaded).toEqual(['phone']);
  // The facilitator's tools are not on a participant's page.
  for (const name of ['Titel und Fragestellung bearbeiten', 'Projekt löschen', 'Live-Raum öffnen']) {
    await expect(phone.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(phone.getByRole('link', { name: 'Methode wählen' })).toHaveCount(0);
  await shoot(phone, 'live-participant');
  await phone.getByRole('button', { name: 'English' }).click();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'en');
  await expect(phone.getByRole('button', { name: 'Invite' })).toBeVisible();
  await expectAccessible(phone, 'participant page, English');
  await phone.getByRole('button', { name: 'Deutsch' }).click();
  await phone.setViewportSize(sizes.phone);

  loaded.length = 0;
  await phone.reload();
  await expect(notes(phone)).toHaveText(['Vom Laptop', 'Vom Telefon']);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  expect(loaded).toEqual(['phone']);

  // The agenda is the live bundle's page; back on the board, the participant bundle again.
  loaded.length = 0;
  await phone.getByRole('link', { name: 'Agenda' }).click();
  await expect(phone.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  expect(loaded).toEqual(['live']);
  loaded.length = 0;
  await phone.goBack();
  await expect(notes(phone)).toHaveText(['Vom Laptop', 'Vom Telefon']);
  expect(loaded).toEqual(['phone']);

  // Left on this device, the workshop opens in the full app, with every note.
  loaded.length = 0;
  await phone.getByRole('button', { name: 'Einladen' }).click();
  await phone.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' }).getByRole('button', { name: 'Raum auf diesem Gerät verlassen' }).click();
  await expect.poll(() => loaded).toEqual(['querwerk']);
  await expect(phone.getByRole('link', { name: 'Methode wählen' })).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Live-Raum öffnen' })).toBeVisible();
  await expect(notes(phone)).toHaveText(['Vom Laptop', 'Vom Telefon']);

  // The facilitator's link on another device loads the live bundle, which leads.
  const leadContext = await phoneContextIn(browser, baseURL);
  const lead = await leadContext.newPage();
  const leadLoaded = recordBundles(lead);
  await lead.goto(`${link}&lead=1`);
  await expect(lead.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  await expect(lead.getByRole('link', { name: 'Methode wählen' })).toBeVisible();
  expect(leadLoaded).toEqual(['live']);
  await leadContext.close();
  await phoneContext.close();
});

test('on a participant’s phone, the link to the board a board starts from opens that board, and the lead’s next board is followed', async ({ page, browser, baseURL }) => {
  await createWorkshop(page);
  await writeProblemStatement(page);
  await startMethod(page, 'Wie könnten wir …?');
  const link = await goLive(page);
  const phoneContext = await phoneContextIn(browser, baseURL);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  const boards = phone.getByRole('navigation', { name: 'Boards' });
  await expect(boards.getByRole('button', { name: 'Wie könnten wir …?', pressed: true })).toBeVisible();
  const start = phone.getByRole('complementary', { name: 'Ausgangspunkt dieses Boards' });
  await expect(start).toContainText('die Ladeninhaberin braucht eine Möglichkeit');
  await start.getByRole('link', { name: /^aus „Problemformulierung/ }).click();
  await expect(boards.getByRole('button', { name: 'Problemformulierung (Point of View)', pressed: true })).toBeVisible();
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  await expect(notes(phone).filter({ hasText: 'sie abends alles von Zetteln abtippt' })).toBeVisible();
  // The lead moving on to another board takes the phone along.
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Problemformulierung (Point of View)' }).click();
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Wie könnten wir …?' }).click();
  await expect(boards.getByRole('button', { name: 'Wie könnten wir …?', pressed: true })).toBeVisible();
  await phoneContext.close();
});

test('a browser that cannot keep the room’s link: going live and joining say so, and nothing changes', async ({ page, browser, baseURL }) => {
  // This browser refuses to store the room's link (storage full), until the test lets it.
  const refuse = () => {
    const set = Storage.prototype.setItem;
    window.__refuse = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.__refuse && key.startsWith('querwerk.live.')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  };
  await createWorkshop(page);
  await addBoard(page);
  await addNote(page, 'Bleibt hier');
  await page.evaluate(refuse);
  await page.getByRole('button', { name: 'Live-Raum öffnen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'hat den Link zum Raum nicht gespeichert' })).toBeVisible();
  await shoot(page, 'live-link-not-kept');
  await expect(page.getByRole('dialog', { name: 'Mit Telefon oder Laptop beitreten' })).toHaveCount(0);
  await expect(page.locator('.live-status__line')).toHaveCount(0);
  await expect(notes(page)).toHaveText(['Bleibt hier']);
  // The same page, not reloaded into a room it could not keep.
  expect(await page.evaluate(() => window.__refuse)).toBe(true);
  await page.evaluate(() => { window.__refuse = false; });
  const link = await goLive(page);
  await expect(page.getByRole('status').filter({ hasText: 'nicht gespeichert' })).toHaveCount(0);

  // A phone whose browser refuses it: the join page says so, and the workshop is not stored there.
  const phoneContext = await phoneContextIn(browser, baseURL);
  await phoneContext.addInitScript(refuse);
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('status').filter({ hasText: 'ließ sich auf diesem Gerät nicht speichern' })).toBeVisible();
  await phone.goto('/');
  await expect(phone.getByRole('button', { name: 'Neues Projekt anlegen' })).toBeVisible();
  await expect(phone.locator('a[href^="/w/"]')).toHaveCount(0);
  await phoneContext.close();
});

test('text typed on a participant’s phone survives a reload, a second tab, a lost connection and a crash, and then reaches the room', async ({ page }, testInfo) => {
  await createWorkshop(page);
  await addBoard(page);
  const link = await goLive(page);
  const profile = mkdtempSync(join(tmpdir(), 'querwerk-phone-'));
  let context = await launchPersistent(profile, testInfo);
  let phone = context.pages()[0] ?? await context.newPage();
  await phone.setViewportSize(sizes.phone);
  const signal = await cuttable(phone);
  await phone.goto(link);
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live');
  const editor = (p) => p.getByRole('textbox', { name: 'Notiztext' });
  await phone.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' }).click();
  await phone.keyboard.type('Halb geschrieben');
  await phone.reload();
  await expect(editor(phone)).toHaveValue('Halb geschrieben');
  // A second tab writes its own note; the first keeps its text.
  const other = await context.newPage();
  await other.goto(phone.url());
  await addNote(other, 'Aus dem zweiten Tab');
  await expect(editor(phone)).toHaveValue('Halb geschrieben');
  await other.close();
  // Without a connection, typing goes on.
  await signal.cut();
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'offline');
  await editor(phone).press('End');
  await phone.keyboard.type(', ohne Netz');
  signal.restore();
  await expect(phone.locator('.live-status__line')).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  await phone.waitForTimeout(2000);
  await crashRenderer(context, phone);
  await context.close();
  context = await launchPersistent(profile, testInfo);
  phone = context.pages()[0] ?? await context.newPage();
  await phone.setViewportSize(sizes.phone);
  await phone.goto(new URL(link).origin + new URL(page.url()).pathname);
  await expect(editor(phone)).toHaveValue('Halb geschrieben, ohne Netz');
  await editor(phone).press('Control+Enter');
  await expect(notes(page).filter({ hasText: 'Halb geschrieben, ohne Netz' })).toBeVisible();
  await expect(notes(page).filter({ hasText: 'Aus dem zweiten Tab' })).toBeVisible();
  await context.close();
});
