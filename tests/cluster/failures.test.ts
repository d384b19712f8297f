/**
 * Failure tests of the deployment (docs/operations.md), against a production build (.next-cluster, made by
 * `npm run test:cluster`): two instances, nginx in front, a redis-server and a PostgreSQL of this
 * file's own on spare ports (so stopping them touches nobody else). Loads are bounded in time
 * and count.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeployment, type Deployment } from '../../scripts/cluster/deployment';
import { purgeSecret } from '../../scripts/cluster/layout';
import { nginxDir } from '../../scripts/cluster/nginx-config';
import { createDatabase, type PrivatePostgres } from '../../scripts/cluster/private-postgres';
import { stopService, type Service } from '../../scripts/kit/processes';
import { startRedisServer } from '../../scripts/cluster/services';
import { cacheControl, RETRY_AFTER_SECONDS } from '../../lib/http/cache-control';
import { strings } from '../../lib/strings';
import { contentRoot } from '../../lib/content/paths';
import { fetchText, templatePaths } from '../../scripts/kit/pages';
import { cacheFiles, GARBAGE_MARK, storm } from '../../scripts/kit/hostile-traffic';
import { eventually, get, publishedArticle } from './probe';
import {
  emptyCaches,
  frontUrl,
  instanceUrl as instanceUrlOf,
  REDIS_PORT,
  startTestRedis,
  testLayout,
  testPostgres,
} from './harness';
import { sleep, startLoad } from './load';

const DATABASE = 'warta_cluster_test';
const PUBLISH_SECRET = 'rahasia-uji-klaster';
const postgres: PrivatePostgres = testPostgres();
const layout = testLayout(postgres, DATABASE);
const front = frontUrl(layout);
const instanceUrl = (i: number) => instanceUrlOf(layout, i);
/** The article, front, section and search pages, found through the site once it runs. */
let PAGES: string[] = [];

let deployment: Deployment;
let redis: Service;

beforeAll(async () => {
  postgres.start();
  createDatabase(postgres, DATABASE);
  // The instances inherit it (scripts/cluster/deployment.ts): the publish endpoint is on.
  process.env.WARTA_PUBLISH_SECRET = PUBLISH_SECRET;
  emptyCaches(layout);
  redis = await startTestRedis(layout);
  deployment = await startDeployment(layout);
  const found = await templatePaths(fetchText(instanceUrl(0)));
  PAGES = [found.article, '/', found.section, found.search];
  // First renders (module loading, empty caches) are not what these tests are about.
  for (const base of [front, instanceUrl(0), instanceUrl(1)]) {
    for (const page of PAGES) await fetch(base + page).then((r) => r.arrayBuffer());
  }
}, 180_000);

afterAll(async () => {
  await deployment?.stop();
  if (redis) await stopService(redis);
  postgres.destroy();
  // The publish endpoint writes what it accepts into the content folder: leave it as it was.
  if (published) rmSync(path.join(contentRoot(), published.file), { force: true });
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
  it('serves documents from cache, stores no answer to a preview, and purges one exact URL with the secret', async () => {
    const page = `${front}/kanal/ekonomi`;
    await fetch(page).then((r) => r.arrayBuffer());
    const hit = await fetch(page);
    await hit.arrayBuffer();
    expect(hit.headers.get('x-cache-status')).toBe('HIT');

    // One cached copy, compressed once on its way in; decompressed for a client without gzip.
    const identity = await fetch(page, { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers.get('x-cache-status')).toBe('HIT');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.text()).toContain('<html lang="id"');
    const gzip = await fetch(page, { headers: { 'accept-encoding': 'gzip' } });
    await gzip.arrayBuffer();
    expect(gzip.headers.get('x-cache-status')).toBe('HIT');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');

    // A draft-mode cookie is no way past the cache (anyone can send one).
    const preview = await fetch(page, { headers: { cookie: '__prerender_bypass=1' } });
    await preview.arrayBuffer();
    expect(preview.headers.get('x-cache-status')).toBe('HIT');

    // A purge needs the PURGE method and the secret; GET /purge/… is a page like any other.
    const asPage = await fetch(`${front}/purge/kanal/ekonomi`);
    await asPage.arrayBuffer();
    expect(asPage.status).toBe(404);
    const secret = purgeSecret(layout);
    for (const headers of [{}, { 'x-warta-purge-secret': 'tebakan' }] as Record<string, string>[]) {
      const refused = await fetch(page, { method: 'PURGE', headers });
      await refused.arrayBuffer();
      expect(refused.status).toBe(403);
    }
    const stillCached = await fetch(page);
    await stillCached.arrayBuffer();
    expect(stillCached.headers.get('x-cache-status')).toBe('HIT');
    const purge = await fetch(page, {
      method: 'PURGE',
      headers: { 'x-warta-purge-secret': secret },
    });
    await purge.arrayBuffer();
    expect(purge.status).toBe(200);
    const afterPurge = await fetch(page);
    await afterPurge.arrayBuffer();
    expect(afterPurge.headers.get('x-cache-status')).toBe('MISS');
  });

  it('refreshes a document after its short TTL without making a reader wait', async () => {
    const page = `${front}/kanal/riau`;
    await fetch(page).then((r) => r.arrayBuffer());
    // WARTA_FRONT_PAGE_TTL is 1 s; nginx counts validity in whole seconds, so up to 2 s.
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

describe('PostgreSQL stops', () => {
  it('cached pages keep coming; an unrenderable page is a 503 kept nowhere; it recovers by itself', async () => {
    const unknown = `/berita/tidakada${Date.now().toString(36)}/judul-apa-saja`;
    const search = `/cari?q=${encodeURIComponent(`gangguan ${Date.now()}`)}`;
    // Machine-read routes never asked before (in no cache): a section feed, a sitemap chunk.
    const feed = '/feed/ekonomi/rss.xml';
    const index = await get(`${instanceUrl(0)}/sitemap.xml`);
    const chunk = index.text.match(/\/sitemaps\/articles-[\w-]+\.xml/)?.[0];
    expect(chunk, index.text).toBeDefined();
    postgres.stop();
    try {
      // Warmed in beforeAll: in the shared cache (instances) and in the front cache.
      for (const base of [front, instanceUrl(0), instanceUrl(1)]) {
        for (const page of PAGES.slice(0, 3)) expect((await get(base + page)).status).toBe(200);
      }
      const unavailable = [instanceUrl(0) + unknown, instanceUrl(1) + search];
      unavailable.push(front + unknown, front + unknown, front + search, front + search);
      for (const url of unavailable) {
        const answer = await get(url);
        expect(answer.status, url).toBe(503);
        expect(answer.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
        expect(answer.headers.get('cache-control')).toBe(cacheControl.never);
        expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
        // The site's own document in Indonesian, never a stack trace or the driver's message.
        expect(answer.text).toMatch(/^<!DOCTYPE html><html lang="id"/);
        expect(answer.text).toContain(strings.unavailableTitle);
        expect(answer.text).toContain('/assets/warta.');
        expect(answer.text).not.toMatch(/ECONNREFUSED|Error|\bat .+:\d+:\d+/);
        if (url.startsWith(front)) expect(answer.headers.get('x-cache-status')).not.toBe('HIT');
      }
      // Feeds and sitemaps: the same 503 (never Next's bare 500), as a line of plain text.
      for (const url of [instanceUrl(0) + feed, front + chunk!, instanceUrl(1) + chunk!]) {
        const answer = await get(url);
        expect(answer.status, url).toBe(503);
        expect(answer.headers.get('retry-after'), url).toBe(String(RETRY_AFTER_SECONDS));
        expect(answer.headers.get('cache-control'), url).toBe(cacheControl.never);
        expect(answer.headers.get('content-type'), url).toBe('text/plain; charset=utf-8');
        expect(answer.text, url).toBe(`${strings.unavailableMachine}\n`);
      }
    } finally {
      postgres.start();
    }
    // Nothing kept the 503: the same URLs answer what they really are once PostgreSQL is back.
    for (const base of [instanceUrl(0), instanceUrl(1), front]) {
      const notFound = await eventually(
        () => get(base + unknown),
        (a) => a.status === 404,
        15_000,
      );
      expect(notFound.value.status, base + unknown).toBe(404);
      const results = await eventually(
        () => get(base + search),
        (a) => a.status === 200,
        15_000,
      );
      expect(results.value.status, base + search).toBe(200);
      for (const page of [feed, chunk!]) {
        const machine = await eventually(
          () => get(base + page),
          (a) => a.status === 200,
          15_000,
        );
        expect(machine.value.status, base + page).toBe(200);
        expect(machine.value.text, base + page).toMatch(/^<\?xml/);
      }
    }
  }, 90_000);
});

/** Published by the next test; the restart test checks it survived. */
let published: ReturnType<typeof publishedArticle> | undefined;

describe('publishing on one instance', () => {
  it('is visible through nginx and on the other instance within 10 s', async () => {
    const article = publishedArticle(new Date());
    // Cached copies of the pages it changes, everywhere, before it is published.
    for (const base of [front, instanceUrl(1)]) {
      for (const page of ['/', '/kanal/riau']) await get(base + page);
    }
    const started = Date.now();
    const response = await fetch(`${instanceUrl(0)}/api/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${PUBLISH_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ files: [{ path: article.file, text: article.text }] }),
    });
    expect(response.status, await response.text()).toBe(200);
    const urls = [front, instanceUrl(1)].flatMap((base) =>
      [article.path, '/', '/kanal/riau'].map((page) => base + page),
    );
    const seen = await Promise.all(
      urls.map((url) =>
        eventually(
          () => get(url),
          (a) => a.status === 200 && a.text.includes(article.title),
          10_000 - (Date.now() - started),
        ),
      ),
    );
    for (const [i, { value }] of seen.entries()) {
      expect(
        value.text.includes(article.title),
        `${urls[i]} after ${Date.now() - started} ms`,
      ).toBe(true);
    }
    published = article;
  }, 60_000);
});

describe('everything restarts', () => {
  it('nothing published is lost', async () => {
    expect(published, 'the publishing test ran first').toBeDefined();
    const article = published!;
    // Both instances gone, nginx still up: what it holds comes stale, the rest is the site's
    // 503 page from a file, never nginx's bare 502.
    await get(front + article.path);
    await Promise.all(deployment.instances.map((instance) => stopService(instance)));
    const stale = await get(front + article.path);
    expect(stale.status).toBe(200);
    expect(stale.text.includes(article.title)).toBe(true);
    const nowhere = await get(`${front}/berita/tidakada/${Date.now().toString(36)}`);
    expect(nowhere.status).toBe(503);
    expect(nowhere.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(nowhere.headers.get('cache-control')).toBe(cacheControl.never);
    expect(nowhere.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(nowhere.text).toMatch(/^<!DOCTYPE html><html lang="id"/);
    expect(nowhere.text).toContain(strings.unavailableTitle);

    await deployment.stop();
    await stopService(redis);
    postgres.stop();
    // Empty caches: what comes back can only come from the store.
    emptyCaches(layout);

    postgres.start();
    redis = await startTestRedis(layout);
    deployment = await startDeployment(layout);
    for (const base of [front, instanceUrl(0), instanceUrl(1)]) {
      for (const page of [article.path, '/', '/kanal/riau']) {
        const answer = await get(base + page);
        expect(answer.status, base + page).toBe(200);
        expect(answer.text.includes(article.title), base + page).toBe(true);
      }
    }
  }, 180_000);
});

// Last: its storm asks for real URLs of every kind, which the tests above need uncached.
describe('hostile traffic through the front cache', () => {
  it('earns no 5xx, changes no page, and grows neither cache with made-up URLs', async () => {
    const redisClient = createClient({ url: layout.redisUrl });
    await redisClient.connect();
    try {
      const keysBefore = await redisClient.dbSize();
      const memory = await redisClient.configGet('maxmemory');
      // The shared cache is bounded (scripts/cluster/services.ts): entries go before memory runs out.
      expect(Number(memory.maxmemory)).toBeGreaterThan(0);
      const report = await storm(front, { seed: 20241225, runs: 800 });
      expect(report.serverErrors).toEqual([]);
      expect(report.changedPages).toEqual([]);
      const frontCache = cacheFiles(nginxDir(layout, 'cache'), { keysInside: true });
      expect(frontCache.garbage).toEqual([]);
      const keys = await redisClient.keys(`*${GARBAGE_MARK}*`);
      expect(keys).toEqual([]);
      // Real pages not cached before may be added; no key per made-up URL.
      expect((await redisClient.dbSize()) - keysBefore).toBeLessThan(400);
    } finally {
      await redisClient.quit();
    }
  }, 240_000);
});
