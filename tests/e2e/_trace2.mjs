import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { chromiumArgs } from './playwright.config.js';
import { workshop } from './workshop-gen.mjs';
const port = 4192, origin = `http://127.0.0.1:${port}`;
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
if (process.env.NOHAS) await page.evaluate(() => { for (const sh of document.styleSheets) { for (let i = sh.cssRules.length - 1; i >= 0; i--) { const r = sh.cssRules[i]; if ((r.selectorText ?? '').includes(':has(')) sh.deleteRule(i); } } });
if (process.env.NOCV) await page.addStyleTag({ content: '.zone__item { content-visibility: visible !important; }' });
await page.waitForTimeout(500);
const ops = {
  focus_only: `(() => { const c = document.querySelectorAll('[data-zone="thinks"] .note')[40]; c.focus(); })()`,
  open_editor: `(() => { const c = document.querySelectorAll('[data-zone="thinks"] .note')[40]; c.dispatchEvent(new KeyboardEvent('keydown', {key:'Enter', bubbles:true})); })()`,
};
for (const [name, code] of Object.entries(ops)) {
  await browser.startTracing(page, { path: `/tmp/prof/t-${name}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.evaluate(code);
  await page.waitForTimeout(400);
  await browser.stopTracing();
  const ev = JSON.parse(readFileSync(`/tmp/prof/t-${name}.json`, 'utf8')).traceEvents;
  for (const e of ev.filter((e) => ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'RecalculateStyles'].includes(e.name) && e.dur > 500)) {
    console.log(name, e.name, (e.dur / 1000).toFixed(1), JSON.stringify(e.args?.beginData ?? e.args?.data ?? {}).slice(0, 200), JSON.stringify(e.args?.endData ?? {}).slice(0, 200));
  }
}
await browser.close(); server.kill();
