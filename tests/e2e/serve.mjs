// A static server for dist/ that behaves like a plain static host: real files, otherwise 404.html with status
// 404 (as GitHub Pages does), optionally below a sub-path (BASE=/sub/), with BROTLI=1 compressed as a
// production host would send them (brotli, quality 11, each file once), with SPA=1 answering an unknown address
// with the app and status 200. Only listens on 127.0.0.1.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.DIST ?? '../../dist');
const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE ?? '/';
const compressed = process.env.BROTLI === '1' ? new Map() : null;
const brotli = (path, body) => {
  if (!compressed.has(path)) compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return compressed.get(path);
};
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

// Test hook: `POST /__test/deploy` pretends a new build was deployed, by changing the bytes of sw.js (which is how a
// browser notices a new version).
let deployments = 0;

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname === '/__test/deploy') {
    deployments += 1;
    res.writeHead(204).end();
    return;
  }
  // Test hook: a cookie `qw-slow-navigation=<ms>` holds back the answer to page loads of that browser context by
  // that long, like an overloaded venue network; files and other contexts are answered at once.
  const slow = Number(/(?:^|;\s*)qw-slow-navigation=(\d+)/.exec(req.headers.cookie ?? '')?.[1] ?? 0);
  if (slow && (req.headers['sec-fetch-mode'] === 'navigate' || (req.headers.accept ?? '').includes('text/html'))) {
    await new Promise((resolve) => setTimeout(resolve, slow));
  }
  let status = 200;
  let found = null;
  if (url.pathname.startsWith(base)) {
    const rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    found = await file(join(root, rel));
  }
  if (!found) {
    // SPA=1: as a host that answers every address with the app (Lighthouse measures no page answered 404).
    status = process.env.SPA === '1' ? 200 : 404;
    found = await file(join(root, '404.html'));
  }
  if (!found) {
    res.writeHead(404).end('not found');
    return;
  }
  const bump = deployments && found.path.endsWith('sw.js') ? `\n// deployment ${deployments}\n` : '';
  let body = bump ? Buffer.concat([found.body, Buffer.from(bump)]) : found.body;
  const headers = { 'content-type': types[extname(found.path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  if (compressed && !bump && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = brotli(found.path, body);
    headers['content-encoding'] = 'br';
    headers.vary = 'accept-encoding';
  }
  res.writeHead(status, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
