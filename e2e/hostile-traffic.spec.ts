import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cacheFiles, storm } from '../scripts/kit/hostile-traffic';

/**
 * The fuzz suite against the production build (the bundled content; scripts/ci/test-all.sh runs
 * it on the SQLite and the PostgreSQL store): generated hostile requests (seeded: WARTA_FUZZ_SEED,
 * WARTA_FUZZ_RUNS), then the invariants: no 5xx, every real page answers what it answered before
 * the storm, and no cache file for any made-up URL (the build's route cache grows by real pages
 * only).
 */
const seed = Number(process.env.WARTA_FUZZ_SEED ?? 20241224);
const runs = Number(process.env.WARTA_FUZZ_RUNS ?? 1500);
const cacheDir = path.join(process.env.E2E_DIST_DIR ?? '.next', 'server');

test('hostile traffic earns no 5xx, changes no page another reader gets, and fills no cache', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const before = cacheFiles(cacheDir);
  expect(before.count, `no build at ${cacheDir}`).toBeGreaterThan(0);
  const report = await storm(baseURL!, {
    seed,
    runs,
    hosts: [new URL(baseURL!).host, 'evil.test', 'localhost:1', 'x'.repeat(300)],
  });
  const after = cacheFiles(cacheDir);
  console.log(
    `fuzz seed ${seed}: ${report.requests} requests, ${report.methods} methods, ` +
      `${report.invariantsChecked} invariants checked, cache files ${before.count} → ${after.count}`,
  );
  expect(report.requests).toBe(runs);
  expect(report.serverErrors, `seed ${seed}`).toEqual([]);
  expect(report.changedPages, `seed ${seed}`).toEqual([]);
  expect(
    after.garbage.filter((file) => !before.garbage.includes(file)),
    `seed ${seed}`,
  ).toEqual([]);
  // Real pages that were not cached yet may be added (two files each); made-up ones never.
  expect(after.count - before.count).toBeLessThan(400);
});
