/**
 * Failure tests of the deployment (issue 10), against a production build (.next-cluster, made by
 * `npm run test:cluster`): two instances, nginx in front, a redis-server of this file's own on a
 * spare port (so stopping it touches nobody else). Loads are bounded in time and count.
 */
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeployment, type Deployment } from '../../scripts/cluster/deployment';
import { clusterLayout } from '../../scripts/cluster/layout';
import { stopService, type Service } from '../../scripts/cluster/processes';
import { redisAnswers, startRedisServer } from '../../scripts/cluster/services';
import { sleep, startLoad } from './load';

const REDIS_PORT = 8592;
const layout = clusterLayout({
  runDir: path.resolve('.cluster-test'),
  instancePorts: [3511, 3512],
  nginxPort: 8510,
  nginxStaticPort: 8511,
  redisUrl: `redis://127.0.0.1:${REDIS_PORT}`,
  redisPrefix: 'warta-cluster-test:',
});
const front = `http://127.0.0.1:${layout.nginxPort}`;
const instanceUrl = (i: number) => `http://127.0.0.1:${layout.instancePorts[i]}`;
const PAGES = [
  '/berita/9c6a2a35/tentara-korea-utara-di-rusia-diberi-dokumen-palsu-1100-tewas-atau-terluka',
  '/',
  '/kanal/nasional',
  '/cari?q=banjir',
];
/** The PostgreSQL store (issue 8) is what makes WARTA_DATABASE_URL mean something. */

let deployment: Deployment;
let redis: Service;

beforeAll(async () => {
  redis = startRedisServer(REDIS_PORT, path.join(layout.runDir, 'redis'));
  for (let i = 0; i < 40 && !(await redisAnswers(layout.redisUrl)); i++) await sleep(250);
  deployment = await startDeployment(layout);
  // First renders (module loading, empty caches) are not what these tests are about.
  for (const base of [front, instanceUrl(0), instanceUrl(1)]) {
    for (const page of PAGES) await fetch(base + page).then((r) => r.arrayBuffer());
  }
}, 180_000);

afterAll(async () => {
  await deployment?.stop();
  if (redis) await stopService(redis);
}, 60_000);

describe('an instance dies under load', () => {
  it('clients see zero failed requests through the front cache', async () => {
    // Unique query strings miss the front cache, so the origin path is what is under load.
    const urls = PAGES.flatMap((page, i) =>
      Array.from(
        { length: 50 },
        (_, n) => `${front}${page}${page.includes('?') ? '&' : '?'}beban=${i}-${n}`,
      ),
    );
    const load = startLoad({ urls, concurrency: 16, durationMs: 8000 });
    try {
      await sleep(2000);
      await stopService(deployment.instances[0]!, 'SIGKILL');
      const killedAt = load.report.requests;
      const report = await load.done;
      expect(report.failures).toEqual([]);
      // Requests kept being answered after the kill, not only before it.
      expect(report.requests).toBeGreaterThan(killedAt);
    } finally {
      // Back to two instances (warmed) for the next tests.
      await deployment.startInstance(0);
      for (const page of PAGES) await fetch(instanceUrl(0) + page).then((r) => r.arrayBuffer());
    }
  }, 90_000);
});

describe('Redis stops under load', () => {
  it('no 5xx from the front cache or either instance, and the shared cache recovers', async () => {
    const urls = PAGES.flatMap((page) =>
      [front, instanceUrl(0), instanceUrl(1)].map((b) => b + page),
    );
    const load = startLoad({ urls, concurrency: 12, durationMs: 9000 });
    await sleep(2000);
    await stopService(redis);
    const stoppedAt = load.report.requests;
    await sleep(3000);
    const restartedAt = load.report.requests;
    redis = startRedisServer(REDIS_PORT, path.join(layout.runDir, 'redis'));
    const report = await load.done;
    // Pages kept coming while Redis was away.
    expect(restartedAt).toBeGreaterThan(stoppedAt);
    expect(report.failures).toEqual([]);
    expect(Object.keys(report.statuses)).toEqual(['200']);

    // Recovered: renders are written to Redis again (its data went with the restart).
    const client = createClient({ url: layout.redisUrl });
    await client.connect();
    try {
      let entries: string[] = [];
      for (let i = 0; i < 40 && entries.length === 0; i++) {
        await fetch(`${instanceUrl(1)}/kanal/riau`).then((r) => r.arrayBuffer());
        entries = await client.keys(`${layout.redisPrefix}*entry:*`);
        if (entries.length === 0) await sleep(250);
      }
      expect(entries.length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  }, 90_000);
});

describe('the front cache', () => {
  it('serves documents from cache, never previews, and purges one exact URL from localhost', async () => {
    const page = `${front}/kanal/ekonomi`;
    await fetch(page).then((r) => r.arrayBuffer());
    const hit = await fetch(page);
    await hit.arrayBuffer();
    expect(hit.headers.get('x-cache-status')).toBe('HIT');

    // One cached copy for every client; gzip is applied on the way out.
    const identity = await fetch(page, { headers: { 'accept-encoding': 'identity' } });
    await identity.arrayBuffer();
    expect(identity.headers.get('x-cache-status')).toBe('HIT');
    expect(identity.headers.get('content-encoding')).toBeNull();
    const gzip = await fetch(page, { headers: { 'accept-encoding': 'gzip' } });
    await gzip.arrayBuffer();
    expect(gzip.headers.get('x-cache-status')).toBe('HIT');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');

    const preview = await fetch(page, { headers: { cookie: '__prerender_bypass=1' } });
    await preview.arrayBuffer();
    expect(preview.headers.get('x-cache-status')).toBe('BYPASS');

    const purge = await fetch(`${front}/purge/kanal/ekonomi`);
    await purge.arrayBuffer();
    expect(purge.status).toBe(200);
    const afterPurge = await fetch(page);
    await afterPurge.arrayBuffer();
    expect(afterPurge.headers.get('x-cache-status')).toBe('MISS');
  });

  it('refreshes a document after its short TTL without making a reader wait', async () => {
    const page = `${front}/kanal/riau`;
    await fetch(page).then((r) => r.arrayBuffer());
    // WARTA_FRONT_PAGE_TTL is 2 s; nginx counts validity in whole seconds, so up to 3 s.
    await sleep(3200);
    const stale = await fetch(page);
    await stale.arrayBuffer();
    expect(['STALE', 'UPDATING']).toContain(stale.headers.get('x-cache-status'));
    await sleep(500);
    const refreshed = await fetch(page);
    await refreshed.arrayBuffer();
    expect(refreshed.headers.get('x-cache-status')).toBe('HIT');
  });

  it('keeps a search query out of the cache until it is asked twice', async () => {
    const url = `${front}/cari?q=${encodeURIComponent(`jarang ${Date.now()}`)}`;
    const statuses: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url);
      await response.arrayBuffer();
      statuses.push(response.headers.get('x-cache-status'));
    }
    expect(statuses).toEqual(['MISS', 'MISS', 'HIT']);
  });
});

// Not written yet (issue 10): they need a PostgreSQL of the test's own on a spare port (the
// shared one must not be stopped) and the publishing endpoint on two instances.
describe('the store fails or publishes', () => {
  it.todo(
    'PostgreSQL stopped: cached pages keep coming, an unrenderable page is a 503 with Retry-After',
  );
  it.todo('publish on instance A: visible through nginx and on instance B within the target');
});
