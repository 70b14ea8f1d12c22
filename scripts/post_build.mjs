// trunk post_build hook. trunk has built the full app; this
// - builds the start, pitch, live and participant bundles (scripts/bundles.mjs) and replaces trunk's loader
//   with a boot script that loads the start bundle on the start page, the pitch bundle on the pitch
//   pages, the participant bundle on a participant's join link and board page of a workshop in a live room,
//   the live bundle on the lead's and on the other pages of a workshop in a room, and the full app everywhere
//   else;
// - keeps the start page's style sheets in index.html and lets the boot script add the rest with the full app;
// - puts the hash of the boot script into the CSP meta tag, so the policy can forbid every other inline script;
// - copies index.html to 404.html so static hosts serve deep links, and writes the service worker
//   (scripts/offline_worker.mjs: its version covers every cached file's content).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from './offline_worker.mjs';
import { buildBins, bundle } from './bundles.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const file = join(dir, 'index.html');
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
let html = readFileSync(file, 'utf8');

// Paths the start bundle shows (StartApp in src/app.rs: the start page only), relative to the public URL, and the pitch bundle's (PitchApp: exactly the paths the full app leaves to it, see
// `routes::whole_pitch` and its siblings in src/state/paths.rs). Every other path loads the full app.
const START_PATHS = [''];
const PITCH_PATH = '^w/[^/]+/pitch(/(jury|rehearsal|handout))?/?$';
// The join page, and every page of a workshop that is in a room on this device (checked in the page): the
// participant bundle's (PhoneApp: a participant's join link and board page `w/:id`, as
// `state::paths::participant_page` says) or the live bundle's (LiveApp: the full app with the live room's
// engine, for the lead and every other page).
const JOIN_PATH = '^join/?$';
const BOARD_PATH = '^w/[^/]+/?$';
// The start page's style sheets (style/*.css by name); the others come with the full app.
const START_STYLES = ['tokens', 'base', 'shell', 'forms', 'home'];

const loader = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?module_or_path: '([^']+)'[\s\S]*?<\/script>/);
if (!loader) throw new Error("trunk's loader script not found in index.html");
const full = { js: loader[1], wasm: loader[2], css: [] };
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, '');
html = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>\s*/g, (link, href) => {
  const name = href.slice(href.lastIndexOf('/') + 1).replace(/-[0-9a-f]+\.css$/, '');
  if (START_STYLES.includes(name)) return link;
  full.css.push(href);
  return '';
});
const options = { release: process.env.TRUNK_PROFILE === 'release', htmlFile: process.env.TRUNK_HTML_FILE };
buildBins(['start', 'pitch', 'live', 'phone'], options);
const names = bundle(dir, 'start', options);
const start = { js: publicUrl + names.js, wasm: publicUrl + names.wasm, css: [] };
const pitchNames = bundle(dir, 'pitch', options);
const pitch = { js: publicUrl + pitchNames.js, wasm: publicUrl + pitchNames.wasm, css: full.css };
const liveNames = bundle(dir, 'live', options);
const live = { js: publicUrl + liveNames.js, wasm: publicUrl + liveNames.wasm, css: full.css };
const phoneNames = bundle(dir, 'phone', options);
const phone = { js: publicUrl + phoneNames.js, wasm: publicUrl + phoneNames.wasm, css: full.css };

const boot = `
const base = new URL(document.baseURI).pathname;
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
// The room link of a workshop in a live room, kept on this device (as JSON text, see src/state/live.rs), or
// the join page's; \`lead=1\` marks the facilitator's (src/live/link.rs).
const joining = new RegExp(${JSON.stringify(JOIN_PATH)}).test(path);
const roomLink = () => {
  if (joining) return location.hash;
  const id = path.startsWith('w/') ? path.split('/')[1] : undefined;
  let kept = null;
  try { kept = id === undefined ? null : localStorage.getItem(\`querwerk.live.\${decodeURIComponent(id)}\`); } catch { /* no storage: no room */ }
  try { return kept === null ? null : String(JSON.parse(kept)); } catch { return kept; }
};
const room = roomLink();
const leads = room !== null && /(^#?|&)lead=1(&|$)/.test(room);
const bundle = ${JSON.stringify(START_PATHS)}.includes(path) ? ${JSON.stringify(start)}
  : new RegExp(${JSON.stringify(PITCH_PATH)}).test(path) ? ${JSON.stringify(pitch)}
  : room === null ? ${JSON.stringify(full)}
  : !leads && (joining || new RegExp(${JSON.stringify(BOARD_PATH)}).test(path)) ? ${JSON.stringify(phone)}
  : ${JSON.stringify(live)};
// The full app's style sheets load alongside its code and are in place before it first renders.
const styled = Promise.all(bundle.css.map((href) => new Promise((done) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.onload = link.onerror = done;
  document.head.append(link);
})));
// The wasm downloads (and compiles as it streams in) while the JS glue loads.
const code = fetch(bundle.wasm);
const [bindings] = await Promise.all([import(bundle.js), styled]);
const wasm = await bindings.default({ module_or_path: code });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
html = html.replace(loader[0], `<script type="module">${boot}</script>`);

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

// A build for a live room's sync server (`make build SYNC_URL=wss://…`) may talk to that server, and to no other.
const sync = process.env.QUERWERK_SYNC_URL ?? '';
if (sync && !/^wss?:\/\/[^\s/'";#]+(\/[^\s'";#]*)?$/.test(sync)) throw new Error(`QUERWERK_SYNC_URL is not a ws:// or wss:// address: ${sync}`);
const syncOrigin = sync ? new URL(sync).origin.replace(/^http/, 'ws') : '';

const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  `connect-src 'self' ${syncOrigin}`.trim(),
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

const { version, files: cached } = writeServiceWorker(dir);
console.log(`post_build: start bundle ${names.wasm}, pitch bundle ${pitchNames.wasm}, live bundle ${liveNames.wasm}, participant bundle ${phoneNames.wasm}, CSP with ${hashes.length} inline script hash(es), 404.html and sw.js (${cached.length} files, ${version}) written`);
