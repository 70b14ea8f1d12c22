// The offline worker's version (scripts/offline_worker.mjs, run by post_build.mjs): it must change whenever a
// cached file changes, also when only its content does – a corrected method text keeps its name – or browsers
// would keep the old file forever. No browser needed.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { cacheVersion, cachedFiles, writeServiceWorker } from '../../../scripts/offline_worker.mjs';

function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'querwerk-site-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const build = {
  'index.html': '<!doctype html><title>Querwerk</title>',
  '404.html': '<!doctype html><title>Querwerk</title>',
  'querwerk-0123abcd.wasm': 'wasm',
  'manifest.webmanifest': '{"short_name":"Querwerk"}',
  'icons/icon-192.png': 'png',
  'methods/kickoff.json': '{"methods":[{"title":"Steckbrief"}]}',
};

test('the cache version changes when only the content of a cached file changes', () => {
  const dir = site(build);
  const files = cachedFiles(dir);
  expect(files).toEqual(['icons/icon-192.png', 'index.html', 'manifest.webmanifest', 'methods/kickoff.json', 'querwerk-0123abcd.wasm']);
  const before = cacheVersion(dir, files);
  expect(cacheVersion(dir, files)).toBe(before);

  for (const [name, content] of [
    ['methods/kickoff.json', '{"methods":[{"title":"Team-Steckbrief"}]}'],
    ['manifest.webmanifest', '{"short_name":"Querwerk!"}'],
    ['icons/icon-192.png', 'png2'],
  ]) {
    const changed = site({ ...build, [name]: content });
    expect(cachedFiles(changed), name).toEqual(files);
    expect(cacheVersion(changed, files), name).not.toBe(before);
  }
});

test('the written worker carries the version and every cached file, but not itself or 404.html', () => {
  const dir = site(build);
  writeFileSync(join(dir, 'sw.js'), 'an old worker');
  const { version, files } = writeServiceWorker(dir);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  expect(sw).toContain(`const VERSION = '${version}';`);
  expect(sw).toContain(`const FILES = ${JSON.stringify(files.map((f) => `./${f}`))};`);
  expect(files).not.toContain('sw.js');
  expect(files).not.toContain('404.html');

  // Only a method text changes: a new worker (new version, so the browser installs it and refetches).
  const next = site({ ...build, 'methods/kickoff.json': '{"methods":[{"title":"Team-Steckbrief"}]}' });
  expect(writeServiceWorker(next).version).not.toBe(version);
});
