// Live-room figures (issue 13): 30 devices in one room on the pinned sync server (started here, on loopback):
// a facilitator's laptop (the projector), two phones in Chromium and 27 headless Yjs clients (y-websocket's
// own client, as any device that only follows the room). A phone writes notes through the UI; each is timed from
// the key press that commits it to the frame in which the projector shows it (the pages share one clock:
// performance.timeOrigin + now()). Needs a build made for ws://127.0.0.1:4191 (`make bench` makes one).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli } from './brotli.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const serverRequire = createRequire(join(here, '../../server/package.json'));
const PORT = 4191;
// One exit listener per headless client (y-websocket's), more than Node's default warning level.
process.setMaxListeners(64);
const notes = 20;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const listening = (port) => new Promise((resolve, reject) => {
  const deadline = Date.now() + 20_000;
  const attempt = () => {
    const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(); });
    socket.on('error', () => (Date.now() > deadline ? reject(new Error('room server did not start')) : setTimeout(attempt, 100)));
  };
  attempt();
});

export async function benchLive(browser, origin) {
  const server = spawn('bash', [join(here, '../../scripts/room_server.sh')], {
    env: { ...process.env, ROOM_PORT: String(PORT), ROOM_DATA: mkdtempSync(join(tmpdir(), 'querwerk-bench-rooms-')) },
    stdio: 'ignore',
  });
  const followers = [];
  const contexts = [];
  try {
    await listening(PORT);
    const open = async (viewport) => {
      const context = await browser.newContext({ viewport, locale: 'de-DE', serviceWorkers: 'block' });
      contexts.push(context);
      return context.newPage();
    };
    const laptop = await open({ width: 1280, height: 720 });
    await laptop.goto(`${origin}/`);
    await laptop.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
    const dialog = laptop.getByRole('dialog', { name: 'Neues Projekt' });
    await dialog.getByLabel('Titel').fill('Live-Bench');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await laptop.getByLabel('Vorlage').selectOption({ label: 'Freies Board' });
    await laptop.getByRole('button', { name: 'Board anlegen' }).click();
    const start = laptop.getByRole('button', { name: 'Live-Raum öffnen' });
    if (!(await start.count())) throw new Error(`this build has no live room for ws://127.0.0.1:${PORT}`);
    await start.click();
    // The page loads again in the live bundle, which fills in the link once it has rejoined the room.
    await laptop.waitForFunction(() => document.querySelector('.live-link')?.value.includes('#room='));
    const link = await laptop.getByLabel('Link zum Beitreten').inputValue();
    await laptop.getByRole('button', { name: 'Schließen' }).click();
    await laptop.locator('.live-status__line[data-state="live"]').waitFor();

    // 27 headless devices follow the room.
    const Y = serverRequire('yjs');
    const { WebsocketProvider } = serverRequire('y-websocket');
    const room = new URL(link).hash.match(/room=([^.]+)\./)[1];
    for (let i = 0; i < 27; i++) {
      const provider = new WebsocketProvider(`ws://127.0.0.1:${PORT}`, room, new Y.Doc(), { WebSocketPolyfill: serverRequire('ws') });
      followers.push(provider);
    }
    await Promise.all(followers.map((p) => new Promise((resolve) => (p.synced ? resolve() : p.once('synced', resolve)))));

    const phones = [await open({ width: 390, height: 844 }), await open({ width: 390, height: 844 })];
    // What the first phone downloads from opening the join link to its first note on the projector, as a
    // compressing server would send it (brotli; the socket's frames are not responses and are a few KB).
    const bodies = [];
    phones[0].on('response', async (r) => {
      try { bodies.push(await r.body()); } catch { /* redirects have no body */ }
    });
    let joinBytes;
    for (const phone of phones) {
      await phone.goto(link);
      await phone.locator('.live-status__line[data-state="live"]').waitFor();
      await phone.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' }).waitFor();
    }
    // The projector records when each note first shows, on the shared clock.
    await laptop.evaluate(() => {
      window.__shown = {};
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('[data-note-text]')) {
          const text = p.textContent;
          if (text.startsWith('Messung ') && !(text in window.__shown)) window.__shown[text] = performance.timeOrigin + performance.now();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const times = [];
    for (let i = 0; i < notes; i++) {
      const phone = phones[i % 2];
      const text = `Messung ${i}`;
      await phone.getByRole('button', { name: 'Notiz hinzufügen in „Notizen“' }).click();
      const editor = phone.getByRole('textbox', { name: 'Notiztext' });
      await editor.fill(text);
      const sent = await editor.evaluate((field) => {
        const at = performance.timeOrigin + performance.now();
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
        return at;
      });
      await laptop.waitForFunction((t) => t in window.__shown, text, { timeout: 10_000 });
      times.push((await laptop.evaluate((t) => window.__shown[t], text)) - sent);
      if (i === 0) joinBytes = bodies.reduce((sum, b) => sum + brotli(b), 0);
    }
    return [
      ['live_devices_in_room', 30, 'devices'],
      ['live_phone_join_brotli', joinBytes, 'bytes', 300_000],
      ['live_note_to_projector_median', percentile(times, 0.5), 'ms', 300],
      ['live_note_to_projector_p95', percentile(times, 0.95), 'ms', 1000],
    ];
  } finally {
    for (const p of followers) p.destroy();
    for (const c of contexts) await c.close();
    server.kill('SIGTERM');
  }
}
