// Builds the start bundle (src/bin/start.rs): the start and about pages only, which is all a first visit
// downloads. trunk builds the full app; this builds the second binary the same way (cargo, wasm-bindgen at
// the Cargo.lock version, and in release wasm-opt with index.html's options) and names its files by content.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** Writes `start-<hash>.js` and `start-<hash>_bg.wasm` into `dir`; returns their names. */
export function buildStartBundle(dir, { release, htmlFile }) {
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'start', ...(release ? ['--release'] : [])]);
  const target = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'])).target_directory;
  const wasmIn = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'start.wasm');
  const tmp = mkdtempSync(join(tmpdir(), 'querwerk-start-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'start', wasmIn]);
    let wasm = join(tmp, 'start_bg.wasm');
    if (release) {
      // The same level and feature flags as the full app's <link data-trunk rel="rust"> in index.html.
      const link = readFileSync(htmlFile, 'utf8').match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
      const level = link.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
      const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
      const opt = join(tmp, 'start_opt.wasm');
      run('wasm-opt', [`-O${level}`, ...params, wasm, '-o', opt]);
      wasm = opt;
    }
    const js = readFileSync(join(tmp, 'start.js'));
    const bytes = readFileSync(wasm);
    const hash = createHash('sha256').update(js).update(bytes).digest('hex').slice(0, 16);
    const names = { js: `start-${hash}.js`, wasm: `start-${hash}_bg.wasm` };
    writeFileSync(join(dir, names.js), js);
    writeFileSync(join(dir, names.wasm), bytes);
    return names;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
