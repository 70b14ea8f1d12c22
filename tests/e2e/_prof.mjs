import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromiumArgs } from './playwright.config.js';
import { workshop } from './workshop-gen.mjs';
const port = 4191, origin = `http://127.0.0.1:${port}`;
const server = spawn('node', ['serve.mjs'], { env: { ...process.env, PORT: String(port), DIST: process.env.DIST ?? '/work/dist-prof' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const N = Number(process.argv[2] ?? 1000);
writeFileSync('/tmp/prof/w.json', JSON.stringify(workshop({ title: 'Profilbrett', notesPerBoard: N, voters: 3 })));
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.getByLabel('Workshop-Datei').setInputFiles('/tmp/prof/w.json');
await page.getByRole('link', { name: 'Profilbrett' }).click();
await page.locator('.note').nth(N - 1).waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const ops = {
  open_editor: `(() => { const c = document.querySelectorAll('[data-zone="thinks"] .note')[40]; c.focus(); c.dispatchEvent(new KeyboardEvent('keydown', {key:'Enter', bubbles:true})); })()`,
  keystroke: `(() => { const f = document.querySelector('.note-editor__input'); f.value += 'x'; f.dispatchEvent(new InputEvent('input', {bubbles:true})); })()`,
  commit: `(() => { const f = document.querySelector('.note-editor__input'); f.dispatchEvent(new KeyboardEvent('keydown', {key:'Enter', ctrlKey:true, bubbles:true})); })()`,
  dot_prep: `(() => { document.querySelector('.vote__voter')?.click(); })()`,
  dot: `(() => { const c = document.querySelectorAll('[data-zone="feels"] .note')[10]; c.focus(); c.dispatchEvent(new KeyboardEvent('keydown', {key:'+', bubbles:true})); })()`,
  move: `(() => { const c = document.querySelectorAll('[data-zone="does"] .note')[20]; c.focus(); c.dispatchEvent(new KeyboardEvent('keydown', {key:'ArrowDown', altKey:true, bubbles:true})); })()`,
};
for (const [name, code] of Object.entries(ops)) {
  await cdp.send('Profiler.start');
  await page.evaluate(code);
  await page.waitForTimeout(400);
  const { profile } = await cdp.send('Profiler.stop');
  const self = {};
  const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self[k] = (self[k] ?? 0) + (dt[i] ?? 0) / 1000; });
  // inclusive: walk parents
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = {};
  profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = n.callFrame.functionName || '(anon)'; if (!seen.has(k)) { incl[k] = (incl[k] ?? 0) + (dt[i] ?? 0) / 1000; seen.add(k); } cur = parent.get(cur); } });
  const top = (o, n) => Object.entries(o).filter(([k]) => !['(idle)', '(program)', '(root)'].includes(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1)} ${k.slice(0, 110)}`).join('\n');
  console.log(`== ${name} self\n${top(self, 14)}\n-- inclusive\n${top(incl, 26)}`);
}
await browser.close(); server.kill();
