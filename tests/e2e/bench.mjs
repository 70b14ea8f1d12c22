// Querwerk bench: prints `name: value unit` lines and checks the budgets the issues set (the README lists them).
// Runs against the release build in dist/ (make bench builds it first), in Debian's Chromium.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from './playwright.config.js';
import { brotli } from './brotli.mjs';
import { benchData } from './bench-data.mjs';
import { benchBoard } from './bench-board.mjs';
import { benchLive } from './bench-live.mjs';
import { benchLighthouse } from './bench-lighthouse.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = `${here}../../dist/`;
const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const runs = 7;
// `node bench.mjs load data` runs only those parts (size, load, data, board, live, lighthouse); no argument runs
// all.
const parts = new Set(process.argv.slice(2));
const wanted = (part) => parts.size === 0 || parts.has(part);
const results = [];
const budgets = [];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** One figure; `budget` is a ceiling, or a floor when `bound` is 'min' (Lighthouse scores). */
function report(name, value, unit, budget, bound = 'max') {
  const shown = Number.isInteger(value) ? value : value.toFixed(1);
  const limit = bound === 'min' ? `budget at least ${budget} ${unit}` : `budget ${budget} ${unit}`;
  console.log(`${name}: ${shown} ${unit}${budget === undefined ? '' : ` (${limit})`}`);
  results.push({ name, value, unit });
  if (budget !== undefined) budgets.push({ name, ok: bound === 'min' ? value >= budget : value <= budget });
}

// --- sizes on disk ---
// Five bundles: the full app (`querwerk-*`), the start bundle (`start-*`, all the start page loads), the pitch
// bundle (`pitch-*`, the pitch pages), the live bundle (`live-*`, the full app with the live room's engine, for
// the lead and every page of a workshop in a room) and the participant bundle (`phone-*`, a participant's join
// link and board page; what a phone downloads is `live_phone_join_brotli`).
for (const [prefix, label] of [['querwerk-', 'wasm'], ['start-', 'start_wasm'], ['pitch-', 'pitch_wasm'], ['live-', 'live_wasm'], ['phone-', 'phone_wasm']]) {
  const wasm = readFileSync(dist + readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('_bg.wasm')));
  report(`${label}_raw`, wasm.length, 'bytes');
  report(`${label}_gzip`, gzip(wasm), 'bytes');
  report(`${label}_brotli`, brotli(wasm), 'bytes');
}
// What the service worker caches in the background after the first load, so the app works offline.
const sw = readFileSync(`${dist}sw.js`, 'utf8');
const cachedFiles = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
report('offline_cache_brotli', cachedFiles.reduce((sum, f) => sum + brotli(readFileSync(dist + f)), 0), 'bytes');

const server = spawn('node', [`${here}serve.mjs`], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });

try {
  // --- first-load bytes, as a compressing server would send them (brotli, which every browser accepts) ---
  if (wanted('size')) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const bodies = [];
    page.on('response', async (r) => {
      try { bodies.push({ url: r.url(), body: await r.body() }); } catch { /* redirects have no body */ }
    });
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Neues Projekt anlegen' }).waitFor();
    await page.waitForLoadState('networkidle');
    const raw = bodies.reduce((s, b) => s + b.body.length, 0);
    const compressed = bodies.reduce((s, b) => s + brotli(b.body), 0);
    report('first_load_requests', bodies.length, 'requests');
    report('first_load_raw', raw, 'bytes');
    report('first_load_brotli', compressed, 'bytes', 120_000);
    // A workshop page's first load: a workshop made on the start page, then the browser's cache emptied and
    // its page loaded (no service worker, which would answer from its own cache).
    await page.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
    await page.getByLabel('Titel').fill('Erstes Laden');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Erstes Laden' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.waitForLoadState('networkidle');
    bodies.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Erstes Laden' }).waitFor();
    await page.waitForLoadState('networkidle');
    report('workshop_first_load_requests', bodies.length, 'requests');
    report('workshop_first_load_brotli', bodies.reduce((s, b) => s + brotli(b.body), 0), 'bytes');
    await context.close();
  }

  // --- load → interactive: start page rendered and answering a click, 7 cold loads each ---
  // The click is a real input event (CDP Input.dispatchMouseEvent), sent as soon as the button is on screen.
  // The start page answers it by loading the full app's `/new`, which opens the form: `load_to_interactive` is
  // the time from the start page's navigation to that answer (the page starting to leave, or a dialog opening where
  // the app has one in place), `load_to_new_project_form` to the form being open (both on the wall clock, so
  // across the two documents). Playwright's `locator.click()` is also reported for comparison: it first
  // injects its own ~1 MB helper script into the fresh page and retries with back-off, which adds 150–250 ms
  // here that are the harness's, not the app's.
  const find = `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Neues Projekt anlegen'));
    if (!b) return null; const r = b.getBoundingClientRect(); return r.width ? [r.x + r.width / 2, r.y + r.height / 2] : null; })()`;
  const loads = wanted('load') ? [[1, 'cdp'], [4, 'cdp'], [1, 'playwright']] : [];
  for (const [throttle, how] of loads) {
    const answered = [];
    const form = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      // Runs in every document of the tab; sessionStorage carries the marks from the start page to `/new`.
      await page.addInitScript(() => {
        const now = () => String(performance.timeOrigin + performance.now());
        const mark = (name) => { if (!sessionStorage.getItem(name)) sessionStorage.setItem(name, now()); };
        if (!sessionStorage.getItem('bench.origin')) sessionStorage.setItem('bench.origin', String(performance.timeOrigin));
        addEventListener('beforeunload', () => mark('bench.answered'));
        new MutationObserver((_, obs) => {
          if (document.querySelector('dialog[open]')) { mark('bench.answered'); mark('bench.form'); obs.disconnect(); }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
      });
      if (how === 'cdp') {
        await page.goto(`${origin}/`, { waitUntil: 'commit' });
        let at = null;
        while (!at) at = (await cdp.send('Runtime.evaluate', { expression: find, returnByValue: true })).result.value;
        const [x, y] = at;
        await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
      } else {
        await page.goto(`${origin}/`);
        await page.getByRole('button', { name: 'Neues Projekt anlegen' }).click();
      }
      await page.waitForFunction(() => sessionStorage.getItem('bench.form') !== null);
      const marks = await page.evaluate(() => ['bench.origin', 'bench.answered', 'bench.form'].map((k) => Number(sessionStorage.getItem(k))));
      answered.push(marks[1] - marks[0]);
      form.push(marks[2] - marks[0]);
      await context.close();
    }
    if (how === 'playwright') report('load_to_interactive_playwright_click', median(answered), 'ms');
    else if (throttle === 1) {
      report('load_to_interactive', median(answered), 'ms', 400);
      report('load_to_new_project_form', median(form), 'ms');
    } else {
      report('load_to_interactive_4x_cpu', median(answered), 'ms', 1200);
      report('load_to_new_project_form_4x_cpu', median(form), 'ms');
    }
  }

  if (wanted('data')) for (const line of await benchData(browser, origin)) report(...line);
  if (wanted('board')) for (const line of await benchBoard(browser, origin)) report(...line);
  if (wanted('live')) for (const line of await benchLive(browser, origin)) report(...line);
  if (wanted('lighthouse')) {
    // Its own server, compressing as a production host does (the figures above count brotli bytes themselves).
    const compressing = spawn('node', [`${here}serve.mjs`], { env: { ...process.env, PORT: String(port + 2), BROTLI: '1', SPA: '1' }, stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 400));
      for (const line of await benchLighthouse(`http://127.0.0.1:${port + 2}`)) report(...line);
    } finally {
      compressing.kill();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const failed = budgets.filter((b) => !b.ok);
console.log(failed.length ? `budgets: ${failed.length} over (${failed.map((b) => b.name).join(', ')})` : 'budgets: all held');
process.exitCode = failed.length ? 1 : 0;
