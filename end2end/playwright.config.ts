// Playwright for Qapı: runs the already built server against a throw-away SQLite
// database and data directory, and drives Debian's Chromium (/usr/bin/chromium).
//
// Build first (the config never builds anything; a cold server build takes minutes):
//   the client into ../target/site and the server into ../target/debug/qapi (`make test-server`,
//   the debug build the API tests use).
// Then, in this folder: `npm ci && npx playwright test`.
//
// Browsers are never downloaded: `npx playwright install` cannot reach its CDN here, and
// @playwright/test has no install script. PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is harmless if set.
import { defineConfig } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 3100;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// This file is evaluated by the runner and again by every worker. The runner makes the run's
// folder (database + data directory) and publishes it in the environment, which the workers
// (and so the tests) inherit: the server's data directory is process.env.E2E_RUN_DIR + '/data'.
// The folder (with the server's log, server.log) is removed when the run succeeds and kept
// (path printed) when it fails, or always with E2E_KEEP=1. (Not QAPI_-prefixed: the server
// reads every QAPI_* variable as configuration.)
let runDir = process.env.E2E_RUN_DIR;
if (!runDir) {
  const dir = mkdtempSync(join(tmpdir(), `qapi-e2e-${Date.now()}-`));
  runDir = process.env.E2E_RUN_DIR = dir;
  process.on('exit', (code) => {
    if (code === 0 && !process.env.E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`qapi e2e: database, data and the server's log kept in ${dir}\n`);
  });
}
const dataDir = join(runDir, 'data');
mkdirSync(dataDir, { recursive: true });

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Measured with 4 (2026-12-08): no faster, as two browsers already keep both cores busy, and
  // tests that wait 30 s at most ran out of time.
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },

  use: {
    baseURL: BASE_URL,
    locale: 'az-AZ',
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },

  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // Chromium with a phone's viewport and touch (no WebKit preset: only Chromium is here).
      name: 'phone',
      use: {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],

  webServer: [
    {
      // The SMTP server the portal's e-mails go to (see mail-capture.mjs).
      command: 'node mail-capture.mjs',
      cwd: here,
      url: 'http://127.0.0.1:2580/messages',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Its log goes into the run's folder, kept when the run fails.
      command: `exec ../target/debug/qapi > '${join(runDir, 'server.log')}' 2>&1`,
      cwd: here,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        QAPI_ENVIRONMENT: 'development',
        QAPI_APPLICATION__PORT: String(PORT),
        QAPI_APPLICATION__HOST: '127.0.0.1',
        // Links in e-mails lead back to this server.
        QAPI_APPLICATION__BASE_URL: BASE_URL,
        QAPI_DATABASE__URL: `sqlite://${join(runDir, 'qapi.db')}?mode=rwc`,
        QAPI_DATA_DIR: dataDir,
        QAPI_SITE_DIR: resolve(here, '../target/site'),
        // E-mail goes out over SMTP, as in production, to the capture server.
        QAPI_MAIL__TRANSPORT: 'smtp',
        QAPI_MAIL__SMTP_URL: 'smtp://127.0.0.1:2525',
        // Every browser of the run comes from 127.0.0.1: the limits per client address are for
        // the public internet, and the API tests hold them.
        QAPI_LIMITS__REGISTRATIONS_PER_HOUR_FROM_ADDRESS: '1000',
        QAPI_LIMITS__PASSWORD_RESETS_PER_HOUR_FROM_ADDRESS: '1000',
        QAPI_LIMITS__CAPTCHAS_PER_HOUR_AT_LEAST_WORK: '1000',
        RUST_LOG: 'warn',
      },
    },
  ],
});
