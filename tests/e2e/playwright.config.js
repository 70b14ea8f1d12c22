// End-to-end tests against the release build in dist/ (built by `make test` before this runs), in Debian's
// Chromium: Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Where the test run's sync server keeps its rooms (LevelDB), read by live.spec.js.
export const roomData = process.env.QW_ROOM_DATA ?? mkdtempSync(join(tmpdir(), 'querwerk-rooms-'));
process.env.QW_ROOM_DATA = roomData;

// QW_PORT lets two checkouts run their end-to-end tests at the same time.
const port = Number(process.env.QW_PORT ?? 4173);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  // Generous: CI machines run about twice as slow as a workstation; a real hang still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    // The offline worker would answer requests that tests route or count; only offline.spec.js turns it on.
    serviceWorkers: 'block',
  },
  webServer: [
    // The live room's sync server, as `make room-server` runs it (the build under test connects to port 4190),
    // with a fresh store per run: the tests read what it keeps. Its pid is kept there too, so a test can stop
    // and restart it (room_server.sh execs the server, so the pid stays).
    {
      command: 'bash -c \'echo $$ > "$ROOM_DATA/pid" && exec bash ../../scripts/room_server.sh\'',
      port: 4190,
      env: { ROOM_PORT: '4190', ROOM_DATA: roomData },
    },
    { command: 'node serve.mjs', url: `http://127.0.0.1:${port}/`, env: { PORT: String(port) } },
    // The sub-path build (scripts/test.sh makes it in dist-sub/).
    {
      command: 'node serve.mjs',
      url: `http://127.0.0.1:${port + 1}/querwerk/`,
      env: { PORT: String(port + 1), BASE: '/querwerk/', DIST: '../../dist-sub' },
    },
  ],
});
