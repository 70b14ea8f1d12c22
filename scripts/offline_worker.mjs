// Writes the offline worker (scripts/sw.js) into a built site, with the list of files to cache and a version
// that changes whenever any of them changes – in name or only in content (a corrected method text in
// methods/*.json, the manifest, an icon), so every deployment that changes anything installs a new worker and
// no browser keeps an old file forever. Used by post_build.mjs; tested by tests/e2e/specs/worker.spec.js.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Served but never cached: the worker itself, and the copy of index.html for unknown paths.
const NOT_CACHED = ['404.html', 'sw.js'];

/// The site's files to cache, relative to `dir`, sorted.
export function cachedFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.filter((f) => !NOT_CACHED.includes(f)).sort();
}

/// A hash of the names and contents of `files` (relative to `dir`).
export function cacheVersion(dir, files) {
  const hash = createHash('sha256');
  for (const f of files) {
    const content = readFileSync(join(dir, f));
    // Name and length first, so no two different lists of files can give the same bytes.
    hash.update(`${f}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

/// Writes `dir/sw.js` from scripts/sw.js; returns the version and the cached files.
export function writeServiceWorker(dir) {
  const files = cachedFiles(dir);
  const version = cacheVersion(dir, files);
  const sw = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(files.map((f) => `./${f}`)));
  writeFileSync(join(dir, 'sw.js'), sw);
  return { version, files };
}
