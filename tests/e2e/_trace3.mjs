import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { chromiumArgs } from './playwright.config.js';
import { workshop } from './workshop-gen.mjs';
const port = 4193, origin = `http://127.0.0.1:${port}`;
const server = spawn('node', ['serve.mjs'], { env: { ...process.env, PORT: String(port), DIST: process.env.DIST ?? '../../dist' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const N = Number(process.argv[2] ?? 1000);
writeFileSync('/tmp/prof/w.json', JSON.stringify(workshop({ title: 'Profilbrett', notesPerBoard: N, voters: 3 })));
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.getByLabel('Workshop-Datei').setInputFiles('/tmp/prof/w.json');
await page.getByRole('link', { name: 'Profilbrett' }).click();
await page.locator('.note').nth(N - 1).waitFor({ timeout: 60000 });
if (process.env.NOCV) await page.evaluate(() => { const sh = new CSSStyleSheet(); sh.replaceSync('.zone__item { content-visibility: visible !important; ' + '' + '}'); document.adoptedStyleSheets = [sh]; });
await page.waitForTimeout(1500);
const prep = { open_editor: `document.querySelectorAll('[data-zone="thinks"] .note')[40].focus()`, move: `document.querySelectorAll('[data-zone="does"] .note')[20].focus()`, dot: `(document.querySelector('.vote__voter')?.click(), document.querySelectorAll('[data-zone="feels"] .note')[10].focus())` };
const ops = {
  open_editor: `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key:'Enter', bubbles:true}))`,
  commit: `document.querySelector('.note-editor__input').dispatchEvent(new KeyboardEvent('keydown', {key:'Enter', ctrlKey:true, bubbles:true}))`,
  move: `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key:'ArrowDown', altKey:true, bubbles:true}))`,
  dot: `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key:'+', bubbles:true}))`,
};
for (const [name, code] of Object.entries(ops)) {
  if (prep[name]) { await page.evaluate(prep[name]); await page.waitForTimeout(800); }
  await browser.startTracing(page, { path: `/tmp/prof/t3-${name}.json`, categories: ['devtools.timeline', 'blink', 'v8'] });
  await page.evaluate(`new Promise((r) => requestAnimationFrame(() => { ${code}; r(); }))`);
  await page.waitForTimeout(250);
  await browser.stopTracing();
  const ev = JSON.parse(readFileSync(`/tmp/prof/t3-${name}.json`, 'utf8')).traceEvents.filter((e) => e.ph === 'X' && e.dur);
  const names = ['FunctionCall', 'RunMicrotasks', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ParseHTML', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER'];
  const sum = {};
  for (const e of ev) if (names.includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
  console.log(name, Object.entries(sum).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' '));
}
await browser.close(); server.kill();
