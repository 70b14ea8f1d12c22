// Lighthouse figures (issue 15): the start page and a workshop page, cold, with Lighthouse's mobile preset
// (simulated slow 4G and a 4× slower CPU) in Debian's Chromium, served as a production host would: brotli, and
// every address answered with the app (`serve.mjs` with BROTLI=1 and SPA=1). Lighthouse 12.8.2 is pinned in
// tests/lighthouse/ and installed on first use (185 MB the tests do not need; Lighthouse 13 needs Node 22).
// Lighthouse starts each browser with an empty profile, so the workshop page is the address of a workshop this
// browser does not have: it loads and starts exactly what a workshop page does (the full app), then says the
// workshop is not here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../lighthouse/', import.meta.url));
const cli = join(dir, 'node_modules/lighthouse/cli/index.js');

export async function benchLighthouse(origin) {
  if (!existsSync(cli)) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  const out = mkdtempSync(join(tmpdir(), 'querwerk-lighthouse-'));
  const lines = [];
  try {
    for (const [name, path] of [['start', '/'], ['workshop', '/w/7c0d8a52-3f1e-4b6a-9d2c-5e8f1a2b3c4d']]) {
      const file = join(out, `${name}.json`);
      execFileSync(process.execPath, [cli, `${origin}${path}`, '--quiet', '--max-wait-for-load=60000',
        '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
        '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${file}`],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
      const report = JSON.parse(readFileSync(file, 'utf8'));
      const score = (c) => Math.round(report.categories[c].score * 100);
      // Scores are budgets from below (issue 15): performance at least 98, the others 100.
      lines.push([`lighthouse_${name}_performance`, score('performance'), 'points', 98, 'min']);
      lines.push([`lighthouse_${name}_accessibility`, score('accessibility'), 'points', 100, 'min']);
      lines.push([`lighthouse_${name}_best_practices`, score('best-practices'), 'points', 100, 'min']);
      lines.push([`lighthouse_${name}_interactive`, report.audits.interactive.numericValue, 'ms']);
      lines.push([`lighthouse_${name}_largest_contentful_paint`, report.audits['largest-contentful-paint'].numericValue, 'ms']);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return lines;
}
