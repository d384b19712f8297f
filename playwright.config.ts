import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { e2eSetting } from './e2e/defaults';
import { journeyServer, type JourneyServer } from './e2e/support/journey-server';

/**
 * Playwright runs against production builds (`next build` + Warta's server, server.ts), never the
 * dev server. scripts/ci/test-all.sh builds both corpora first:
 *   .next          the bundled content, served on E2E_PORT
 *   .next-hostile  e2e/fixtures/hostile (escaping tests), served on E2E_HOSTILE_PORT
 * and serves a copy of .next over a copy of content/ with the watcher on and a running clock on
 * E2E_LIVE_PORT (scripts/ci/live-server.sh): the publishing flows of e2e/live/ write there.
 * Both are built and served with WARTA_NOW fixed, so "latest" lists and the news sitemap are stable.
 * The desk's journey (e2e/journey/) runs on two more servers made the same way, on SQLite (.next)
 * and on a PostgreSQL store (.next-pg): the projects journey-sqlite and journey-postgres.
 * The ports, the clock and the secrets default to e2e/defaults.env, which test-all.sh reads too.
 */
const port = Number(e2eSetting('E2E_PORT'));
const hostilePort = Number(e2eSetting('E2E_HOSTILE_PORT'));
/** The live server (scripts/ci/live-server.sh): publishes from a writable copy of the content. */
const livePort = Number(e2eSetting('E2E_LIVE_PORT'));
export const E2E_LIVE_DIR =
  process.env.WARTA_LIVE_DIR ?? path.join(os.tmpdir(), `warta-live-${livePort}`);
const journeySqlite = journeyServer('sqlite');
const journeyPostgres = journeyServer('postgres');
/** The PostgreSQL build the second live server copies (made by test-all.sh). */
const pgDistDir = process.env.E2E_PG_DIST_DIR ?? '.next-pg';
export const E2E_NOW = e2eSetting('WARTA_NOW');
/** The publishing secrets the e2e servers run with (e2e/publishing.spec.ts). */
export const E2E_PUBLISH_SECRET = e2eSetting('WARTA_PUBLISH_SECRET');
export const E2E_PREVIEW_SECRET = e2eSetting('WARTA_PREVIEW_SECRET');
/**
 * The live server tells crawlers what it publishes (IndexNow, WebSub) at a recorder that
 * e2e/live/crawler-notifications.spec.ts runs on this port.
 */
export const E2E_CRAWLER_PORT = Number(e2eSetting('E2E_CRAWLER_PORT'));
export const E2E_INDEXNOW_KEY = e2eSetting('E2E_INDEXNOW_KEY');

// Debian's Chromium where installed (this machine has no browser downloads), else Playwright's own.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = existsSync(chromiumPath) ? { executablePath: chromiumPath } : {};

const env = {
  NEXT_TELEMETRY_DISABLED: e2eSetting('NEXT_TELEMETRY_DISABLED'),
  WARTA_NOW: E2E_NOW,
  WARTA_SITE_URL: e2eSetting('WARTA_SITE_URL'),
  WARTA_ARTICLES_PER_PAGE: e2eSetting('WARTA_ARTICLES_PER_PAGE'),
  WARTA_PUBLISH_SECRET: E2E_PUBLISH_SECRET,
  WARTA_PREVIEW_SECRET: E2E_PREVIEW_SECRET,
};

export default defineConfig<object, { journeyServer: JourneyServer }>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      ...launchOptions,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /e2e\/(hostile|live|journey)\//,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        baseURL: `http://127.0.0.1:${port}`,
      },
    },
    {
      name: 'phone',
      // Specs named *.both.spec.ts run on a phone too.
      testMatch: /\.both\.spec\.ts$/,
      testIgnore: /e2e\/(hostile|live|journey)\//,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        baseURL: `http://127.0.0.1:${port}`,
      },
    },
    {
      name: 'hostile',
      testMatch: /hostile\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${hostilePort}` },
    },
    {
      name: 'live',
      testMatch: /live\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${livePort}` },
    },
    {
      name: 'journey-sqlite',
      testMatch: /\/e2e\/journey\/.*\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${journeySqlite.port}`,
        journeyServer: journeySqlite,
      },
    },
    {
      name: 'journey-postgres',
      testMatch: /\/e2e\/journey\/.*\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${journeyPostgres.port}`,
        journeyServer: journeyPostgres,
      },
    },
  ],
  // scripts/ci/test-all.sh starts both servers itself (and sets E2E_EXTERNAL_SERVERS).
  webServer: process.env.E2E_EXTERNAL_SERVERS
    ? undefined
    : [
        {
          command: `node scripts/dev/run-compiled.mjs server.ts -p ${port} -H 127.0.0.1`,
          url: `http://127.0.0.1:${port}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
          env: { ...env, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next' },
        },
        {
          command: `node scripts/dev/run-compiled.mjs server.ts -p ${hostilePort} -H 127.0.0.1`,
          url: `http://127.0.0.1:${hostilePort}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
          env: {
            ...env,
            NEXT_DIST_DIR: process.env.E2E_HOSTILE_DIST_DIR ?? '.next-hostile',
            WARTA_CONTENT_DIR: 'e2e/fixtures/hostile',
          },
        },
        {
          command: `bash scripts/ci/live-server.sh ${livePort}`,
          url: `http://127.0.0.1:${livePort}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          env: {
            ...env,
            NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next',
            WARTA_INDEXNOW_KEY: E2E_INDEXNOW_KEY,
            WARTA_INDEXNOW_ENDPOINT: `http://127.0.0.1:${E2E_CRAWLER_PORT}/indexnow`,
            WARTA_WEBSUB_HUB: `http://127.0.0.1:${E2E_CRAWLER_PORT}/websub`,
          },
        },
        // The journey's servers; the PostgreSQL one where a PostgreSQL build exists (test-all.sh
        // makes one).
        ...[journeySqlite, journeyPostgres]
          .map((server) => ({
            server,
            dist: server.engine === 'sqlite' ? (process.env.E2E_DIST_DIR ?? '.next') : pgDistDir,
          }))
          .filter(({ dist }) => existsSync(path.join(dist, 'BUILD_ID')))
          .map(({ server, dist }) => ({
            command: `bash scripts/ci/live-server.sh ${server.port}`,
            url: `http://127.0.0.1:${server.port}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
            env: { ...env, ...server.startEnv, NEXT_DIST_DIR: dist },
          })),
      ],
});
