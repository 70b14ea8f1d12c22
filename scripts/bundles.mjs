// Builds the bundles beside the full app: the start bundle (src/bin/start.rs: the start and about pages, all a
// first visit downloads) and the pitch bundle (src/bin/pitch.rs: the pitch pages). trunk builds the full app;
// this builds the other binaries the same way (cargo, wasm-bindgen at the Cargo.lock version, and in release
// wasm-opt with index.html's options) and names their files by content.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** cargo's target directory, asked once. */
let target;

/** Builds every binary in `bins` with one cargo run. */
export function buildBins(bins, { release }) {
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', ...bins.flatMap((b) => ['--bin', b]), ...(release ? ['--release'] : [])]);
}

/** Writes `<bin>-<hash>.js` and `<bin>-<hash>_bg.wasm` of a binary `buildBins` built into `dir`; returns their names. */
export function bundle(dir, bin, { release, htmlFile }) {
  target ??= JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'])).target_directory;
  const wasmIn = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  const tmp = mkdtempSync(join(tmpdir(), `querwerk-${bin}-`));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', bin, wasmIn]);
    let wasm = join(tmp, `${bin}_bg.wasm`);
    if (release) {
      // The same level and feature flags as the full app's <link data-trunk rel="rust"> in index.html.
      const link = readFileSync(htmlFile, 'utf8').match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
      const level = link.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
      const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
      const opt = join(tmp, `${bin}_opt.wasm`);
      run('wasm-opt', [`-O${level}`, ...params, wasm, '-o', opt]);
      wasm = opt;
    }
    const js = readFileSync(join(tmp, `${bin}.js`));
    const bytes = readFileSync(wasm);
    const hash = createHash('sha256').update(js).update(bytes).digest('hex').slice(0, 16);
    const names = { js: `${bin}-${hash}.js`, wasm: `${bin}-${hash}_bg.wasm` };
    writeFileSync(join(dir, names.js), js);
    writeFileSync(join(dir, names.wasm), bytes);
    return names;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
