// trunk post_build hook: puts the hash of trunk's inline loader script into the CSP meta tag, so the policy
// can forbid every other inline script, and copies index.html to 404.html so static hosts serve deep links.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

if (!html.includes('__CSP__')) throw new Error('index.html has no __CSP__ placeholder');
html = html.replace('__CSP__', csp);
writeFileSync(file, html);
writeFileSync(join(dir, '404.html'), html);

// The service worker caches every file of this build; its version is a hash of their names and of index.html,
// so each deployment that changes anything installs a new worker.
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dir, path).split('\\').join('/'));
  }
};
walk(dir);
const cached = files.filter((f) => f !== '404.html' && f !== 'sw.js').sort();
const version = createHash('sha256').update(cached.join('\n')).update(html).digest('hex').slice(0, 16);
const sw = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(cached.map((f) => `./${f}`)));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`post_build: CSP with ${hashes.length} inline script hash(es), 404.html and sw.js (${cached.length} files, ${version}) written`);
