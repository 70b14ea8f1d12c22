// trunk post_build hook: puts the hash of trunk's inline loader script into the CSP meta tag, so the policy
// can forbid every other inline script, and copies index.html to 404.html so static hosts serve deep links.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
console.log(`post_build: CSP with ${hashes.length} inline script hash(es), 404.html written`);
