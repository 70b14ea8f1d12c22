// Data-core figures: autosave of a 1,000-note workshop (main-thread ms), import of a 5 MB file, and memory
// with the 1,000-note workshop open (JS heap + wasm linear memory after garbage collection).
import { writeFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workshop } from './workshop-gen.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'querwerk-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function file(name, data) {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

async function importAndOpen(page, origin, path, title) {
  await page.goto(`${origin}/`);
  await page.getByLabel('Projektdatei').setInputFiles(path);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

export async function benchData(browser, origin) {
  const lines = [];
  const big = file('bench-1000.querwerk.json', workshop({ title: 'Bench 1000', notesPerBoard: 1000 }));
  // About 5 MB: 20 boards of 250 notes with long texts.
  const huge = file('bench-5mb.querwerk.json', workshop({ title: 'Bench 5 MB', boards: 20, notesPerBoard: 250, textLength: 600 }));
  lines.push(['import_file_size', statSync(huge).size, 'bytes']);

  // Autosave: change the title (a whole-workshop save) 9 times, take the median of the app's own measure.
  {
    const context = await browser.newContext();
    // trunk's loader announces the instantiated module; its linear memory is what the app holds in wasm.
    await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => {
      window.__querwerkWasmMemory = e.detail.wasm.memory;
    }));
    const page = await context.newPage();
    await importAndOpen(page, origin, big, 'Bench 1000');
    for (let i = 0; i < 9; i++) {
      await page.getByRole('button', { name: 'Titel und Fragestellung bearbeiten' }).click();
      await page.getByRole('dialog').getByLabel('Titel').fill(`Bench 1000 (${i})`);
      await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
      await page.locator('.save-status[data-state="saved"]').waitFor();
      await page.waitForFunction((n) => performance.getEntriesByName('querwerk:autosave').length >= n, i + 1);
    }
    const ms = await page.evaluate(() => performance.getEntriesByName('querwerk:autosave').map((e) => e.duration));
    lines.push(['autosave_1000_notes_main_thread', median(ms), 'ms', 5]);

    // Memory with this workshop open, after garbage collection: in a fresh page load, as a user who comes
    // back to it meets it (linear memory never shrinks, so the import above would count otherwise).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Bench 1000/ }).waitFor();
    await page.locator('[data-note-text]').nth(999).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__querwerkWasmMemory?.buffer.byteLength ?? 0);
    lines.push(['memory_js_heap_1000_notes', heap.usedSize / 1048576, 'MiB']);
    lines.push(['memory_wasm_1000_notes', wasm / 1048576, 'MiB']);
    lines.push(['memory_total_1000_notes', (heap.usedSize + wasm) / 1048576, 'MiB', 6]);
    // The deepest the stack has reached (it grows down from its size towards 0 and starts zeroed), against the
    // 512 KiB set in .cargo/config.toml.
    const stack = await page.evaluate(() => {
      const bytes = new Uint8Array(window.__querwerkWasmMemory.buffer, 0, 512 * 1024);
      const first = bytes.findIndex((b) => b !== 0);
      return first < 0 ? 0 : bytes.length - first;
    });
    lines.push(['stack_peak_1000_notes', stack, 'bytes']);
    await context.close();
  }

  // Import of the 5 MB file: read, validate, migrate, store (the app's own measure), median of 5 fresh pages.
  {
    const times = [];
    const parts = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByLabel('Projektdatei').setInputFiles(huge);
      await page.getByRole('link', { name: 'Bench 5 MB' }).waitFor();
      times.push(await page.evaluate(() => performance.getEntriesByName('querwerk:import')[0]?.duration ?? NaN));
      parts.push(await page.evaluate(() => ['read', 'parse', 'store'].map((p) => performance.getEntriesByName(`querwerk:import:${p}`)[0]?.duration ?? NaN)));
      await context.close();
    }
    lines.push(['import_5mb', median(times), 'ms', 300]);
    ['read', 'parse', 'store'].forEach((p, i) => lines.push([`import_5mb_${p}`, median(parts.map((x) => x[i])), 'ms']));
  }
  return lines;
}
