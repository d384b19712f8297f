import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../test-support/ports';
import { createRedisCacheHandler, type RedisCacheHandlerClass } from './redis-cache-handler.mjs';

// The real Redis (database 5 by default) under a prefix of its own; never FLUSHALL.
const REDIS_URL = process.env.WARTA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const PREFIX = `warta-cluster-test:${randomUUID()}:`;
/** The port of a redis-server this file starts and stops itself (down/up behaviour). */
const ownRedisPort = async () =>
  Number(process.env.WARTA_TEST_OWN_REDIS_PORT) || (await closedPort());

const opened: RedisCacheHandlerClass[] = [];
function instance(url = REDIS_URL, prefix = PREFIX) {
  const Handler = createRedisCacheHandler({
    url,
    keyPrefix: prefix,
    namespace: 'build-1',
    log: () => {},
  });
  opened.push(Handler);
  return { Handler, cache: new Handler() };
}

function appPage(html: string, tags: string[]) {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc:${html}`),
    headers: { 'x-next-cache-tags': tags.join(',') },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from('segment')]]),
  };
}
const pageContext = { kind: 'APP_PAGE' };
const pageSet = { cacheControl: { revalidate: 300, expire: 86400 } };

afterEach(async () => {
  await Promise.all(opened.splice(0).map((Handler) => Handler.close()));
});

afterAll(async () => {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 500 })) {
    if (keys.length) await client.del(keys);
  }
  await client.close();
});

describe('shared entries', () => {
  it('an app page written by one instance is served by another, bytes intact', async () => {
    const a = instance().cache;
    const b = instance().cache;
    await a.set('/berita/x', appPage('<p>satu</p>', ['_N_T_/berita/x', 'article:x']), pageSet);
    const entry = await b.get('/berita/x', pageContext);
    expect(entry?.value).toEqual(appPage('<p>satu</p>', ['_N_T_/berita/x', 'article:x']));
    expect(Buffer.isBuffer((entry?.value as { rscData: unknown }).rscData)).toBe(true);
    expect(entry?.cacheControl).toEqual({ revalidate: 300, expire: 86400 });
    expect(entry?.lastModified).toBeGreaterThan(Date.now() - 5000);
  });

  it('route handler entries (APP_ROUTE) keep their body and headers', async () => {
    const a = instance().cache;
    const body = Buffer.from('<!doctype html><html lang="id"></html>');
    const value = {
      kind: 'APP_ROUTE',
      body,
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'x-next-cache-tags': 'front' },
    };
    await a.set('/', value, pageSet);
    const entry = await instance().cache.get('/', { kind: 'APP_ROUTE' });
    expect(entry?.value).toEqual(value);
  });

  it('a 5xx answer is never stored: the last good entry stays, or none is made', async () => {
    const a = instance().cache;
    const html = (status: number) => ({
      kind: 'APP_ROUTE',
      body: Buffer.from(`<p>${status}</p>`),
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    await a.set('/kanal/nasional', html(200), pageSet);
    await a.set('/kanal/nasional', html(503), pageSet);
    expect((await a.get('/kanal/nasional', { kind: 'APP_ROUTE' }))?.value).toEqual(html(200));
    await a.set('/berita/baru', html(503), pageSet);
    expect(await a.get('/berita/baru', { kind: 'APP_ROUTE' })).toBeNull();
    // A 404 or 410 is an answer about the page and is kept like a 200.
    await a.set('/berita/hilang', html(404), pageSet);
    expect((await a.get('/berita/hilang', { kind: 'APP_ROUTE' }))?.value).toEqual(html(404));
  });

  it('keeps no answer a shared cache must not (a 302, 403 or 429 a route gave for one request)', async () => {
    const a = instance().cache;
    const answer = (status: number) => ({
      kind: 'APP_ROUTE',
      body: Buffer.from(`<p>${status}</p>`),
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    await a.set('/tag/baru', answer(200), pageSet);
    for (const status of [201, 204, 302, 307, 403, 429]) {
      await a.set('/tag/baru', answer(status), pageSet);
      await a.set(`/tag/lain-${status}`, answer(status), pageSet);
      expect(await a.get(`/tag/lain-${status}`, { kind: 'APP_ROUTE' })).toBeNull();
    }
    expect((await a.get('/tag/baru', { kind: 'APP_ROUTE' }))?.value).toEqual(answer(200));
  });

  it('an unknown key is a miss, and a build never reads another build’s entries', async () => {
    const a = instance().cache;
    await a.set('/kanal/riau', appPage('riau', []), pageSet);
    const otherBuild = new (createRedisCacheHandler({
      url: REDIS_URL,
      keyPrefix: PREFIX,
      namespace: 'build-2',
      log: () => {},
    }))();
    expect(await otherBuild.get('/kanal/riau', pageContext)).toBeNull();
    expect(await a.get('/tidak-ada', pageContext)).toBeNull();
  });
});

describe('local copies of entries', () => {
  const key = (path: string) => `${PREFIX}build-1:entry:${path}`;

  it('a page served once is served again from this process while Redis holds the same version', async () => {
    const a = instance().cache;
    await a.set('/berita/salin', appPage('salinan', ['article:salin']), pageSet);
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      // Bytes that are no entry: only a copy kept in this process can still answer.
      await raw.set(key('/berita/salin'), 'rusak');
      expect((await a.get('/berita/salin', pageContext))?.value).toEqual(
        appPage('salinan', ['article:salin']),
      );
      // Another process reading the same key has no copy and reads what Redis holds.
      expect(await instance().cache.get('/berita/salin', pageContext)).toBeNull();
    } finally {
      await raw.close();
    }
  });

  it('a newer render written by another instance replaces the copy on the next get', async () => {
    const a = instance().cache;
    const b = instance().cache;
    await a.set('/kanal/riau', appPage('pertama', []), pageSet);
    expect(((await a.get('/kanal/riau', pageContext))?.value as { html: string }).html).toBe(
      'pertama',
    );
    await b.set('/kanal/riau', appPage('kedua', []), pageSet);
    expect(((await a.get('/kanal/riau', pageContext))?.value as { html: string }).html).toBe(
      'kedua',
    );
  });

  it('a copy is not served once its entry is gone from Redis, nor after its tag expired', async () => {
    const a = instance().cache;
    await a.set('/tag/asap', appPage('asap', ['tag:asap']), pageSet);
    await a.set('/tag/hujan', appPage('hujan', ['tag:hujan']), pageSet);
    expect(await a.get('/tag/asap', pageContext)).not.toBeNull();
    expect(await a.get('/tag/hujan', pageContext)).not.toBeNull();
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      await raw.del([key('/tag/asap'), `${key('/tag/asap')}:version`]);
    } finally {
      await raw.close();
    }
    expect(await a.get('/tag/asap', pageContext)).toBeNull();
    await instance().cache.revalidateTag('tag:hujan');
    expect(await a.get('/tag/hujan', pageContext)).toBeNull();
  });
});

describe('tag revalidation reaches every instance', () => {
  it('revalidateTag(tag) on A expires the entry on B; a newer render is served again', async () => {
    const a = instance().cache;
    const b = instance().cache;
    await a.set('/kanal/nasional', appPage('lama', ['section:nasional']), pageSet);
    await a.revalidateTag('section:nasional');
    expect(await b.get('/kanal/nasional', pageContext)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.set('/kanal/nasional', appPage('baru', ['section:nasional']), pageSet);
    const entry = await a.get('/kanal/nasional', pageContext);
    expect((entry?.value as { html: string }).html).toBe('baru');
  });

  it('revalidatePath’s implicit tags expire pages too', async () => {
    const a = instance().cache;
    await a.set('/tag/banjir', appPage('x', ['_N_T_/layout', '_N_T_/tag/banjir']), pageSet);
    await instance().cache.revalidateTag(['_N_T_/tag/banjir']);
    expect(await a.get('/tag/banjir', pageContext)).toBeNull();
  });

  it('revalidateTag(tag, { expire }) leaves the entry servable but stale for Next on B', async () => {
    const { areTagsStale } =
      await import('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
    const a = instance().cache;
    const b = instance().cache;
    const tag = `author:${randomUUID()}`;
    await a.set('/penulis/andi', appPage('andi', [tag]), pageSet);
    const before = await b.get('/penulis/andi', pageContext);
    expect(areTagsStale([tag], before!.lastModified)).toBe(false);
    await a.revalidateTag(tag, { expire: 3600 });
    const after = await b.get('/penulis/andi', pageContext);
    expect(after).not.toBeNull();
    expect(areTagsStale([tag], after!.lastModified)).toBe(true);
  });

  it('fetch entries are checked against the tags of the lookup', async () => {
    const a = instance().cache;
    const value = {
      kind: 'FETCH',
      data: { headers: {}, body: 'e30=', url: 'x', status: 200 },
      revalidate: 60,
    };
    await a.set('fetch-key', value, { tags: ['feed'] });
    const ctx = { kind: 'FETCH', tags: ['feed'], softTags: ['_N_T_/feed'] };
    expect((await instance().cache.get('fetch-key', ctx))?.value).toEqual(value);
    await a.revalidateTag('_N_T_/feed');
    expect(await instance().cache.get('fetch-key', ctx)).toBeNull();
  });
});

describe('fails open', () => {
  it('with nothing listening, every call answers quickly without throwing', async () => {
    const port = await closedPort();
    const { cache } = instance(`redis://127.0.0.1:${port}`);
    let started = Date.now();
    expect(await cache.get('/', pageContext)).toBeNull(); // waits once, at most startupWaitMs
    expect(Date.now() - started).toBeLessThan(1500);
    started = Date.now();
    await cache.set('/', appPage('x', []), pageSet);
    await cache.revalidateTag('front');
    expect(await cache.get('/', pageContext)).toBeNull();
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('Redis stopped: misses, no errors; Redis back: shared again, queued revalidations applied', async () => {
    const port = await ownRedisPort();
    let server = await startRedis(port);
    try {
      const url = `redis://127.0.0.1:${port}`;
      const { cache } = instance(url);
      await cache.set('/berita/y', appPage('y', ['article:y']), pageSet);
      expect(await cache.get('/berita/y', pageContext)).not.toBeNull();

      await stopRedis(server);
      const started = Date.now();
      expect(await cache.get('/berita/y', pageContext)).toBeNull();
      await cache.set('/berita/y', appPage('y2', ['article:y']), pageSet);
      await cache.revalidateTag('article:y');
      expect(Date.now() - started).toBeLessThan(1000);

      server = await startRedis(port);
      const raw = createClient({ url });
      await raw.connect();
      try {
        await waitFor(async () => (await raw.hGet(`${PREFIX}tags:expired`, 'article:y')) !== null);
        await waitFor(async () => {
          await cache.set('/berita/z', appPage('z', []), pageSet);
          return (await cache.get('/berita/z', pageContext)) !== null;
        });
      } finally {
        await raw.close();
      }
    } finally {
      await stopRedis(server);
    }
  });
});

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const client = createClient({ url: `redis://127.0.0.1:${port}` });
  client.on('error', () => {});
  await waitFor(async () => {
    try {
      await client.connect();
      return true;
    } catch {
      return false;
    }
  });
  client.destroy();
  return child;
}

async function stopRedis(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
}
