import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureAnswer } from './answer-capture';
import { serverOptions } from './whole-response';
import {
  answerFromMicroCache,
  forgetMicroCachedAnswers,
  processMicroCache,
  MAX_BODY_BYTES,
  MicroCache,
  microCacheKey,
  microCacheSecondsFromEnv,
  STALE_WHILE_REFRESHING_MS,
  storableLifetimeMs,
} from './micro-cache';

const PAGE_CACHE_CONTROL = 's-maxage=300, stale-while-revalidate=86100';

function incoming(headers: Record<string, string>, method = 'GET', url = '/berita/1/a') {
  return { method, url, headers: { host: 'warta.test', ...headers } } as IncomingMessage;
}

describe('microCacheKey', () => {
  it('keys a plain GET or HEAD on host, URL and Accept-Encoding', () => {
    const plain = microCacheKey(incoming({ 'accept-encoding': 'gzip' }));
    expect(plain).toBe(microCacheKey(incoming({ 'accept-encoding': 'gzip' }, 'HEAD')));
    expect(plain).not.toBe(microCacheKey(incoming({})));
    expect(plain).not.toBe(microCacheKey(incoming({ 'accept-encoding': 'gzip' }, 'GET', '/')));
    expect(plain).not.toBe(microCacheKey(incoming({ 'accept-encoding': 'gzip', host: 'other' })));
    for (const name of ['x-forwarded-host', 'x-forwarded-proto']) {
      expect(plain).not.toBe(microCacheKey(incoming({ 'accept-encoding': 'gzip', [name]: 'x' })));
    }
  });

  it.each([
    ['POST', {}],
    ['GET', { rsc: '1' }],
    ['GET', { 'next-router-prefetch': '1' }],
    ['GET', { authorization: 'Bearer x' }],
    ['GET', { range: 'bytes=0-10' }],
    ['GET', { 'if-none-match': '"x"' }],
    ['GET', { 'if-modified-since': 'Tue, 01 Dec 2026 00:00:00 GMT' }],
    ['GET', { 'cache-control': 'no-cache' }],
    ['GET', { 'cache-control': 'max-age=0, no-cache' }],
    ['GET', { pragma: 'no-cache' }],
    ['GET', { cookie: 'a=1; __prerender_bypass=abc' }],
  ])('sends %s with %o to Next', (method, headers) => {
    expect(microCacheKey(incoming(headers as Record<string, string>, method))).toBeUndefined();
  });

  it('keeps other cookies and a browser reload (max-age=0) on the cache', () => {
    expect(microCacheKey(incoming({ cookie: '_ga=GA1.1', 'cache-control': 'max-age=0' }))).toBe(
      microCacheKey(incoming({})),
    );
  });
});

describe('storableLifetimeMs', () => {
  afterEach(() => vi.restoreAllMocks());

  const cap = 1000;
  it.each([
    [200, { 'cache-control': PAGE_CACHE_CONTROL }, 1000],
    [200, { 'cache-control': 'public, max-age=300, s-maxage=600' }, 1000],
    [200, { 'cache-control': 'public, max-age=31536000, immutable' }, 1000],
    [200, { 'cache-control': 's-maxage=0' }, 0],
    [200, { 'cache-control': 'max-age=300' }, 1000],
    [200, { 'cache-control': 'public, immutable' }, 0],
    [200, { 'last-modified': 'Thu, 26 Dec 2024 00:00:00 GMT' }, 0],
    [200, { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, 0],
    [200, { 'cache-control': 'public, s-maxage=60, no-cache' }, 0],
    [200, { 'cache-control': 'no-store' }, 0],
    [200, {}, 0],
    [404, { 'cache-control': PAGE_CACHE_CONTROL }, 1000],
    [400, { 'cache-control': PAGE_CACHE_CONTROL }, 1000],
    [405, { 'cache-control': PAGE_CACHE_CONTROL }, 1000],
    [410, { 'cache-control': PAGE_CACHE_CONTROL }, 0],
    [308, { 'cache-control': PAGE_CACHE_CONTROL }, 0],
    [503, { 'cache-control': 'no-store' }, 0],
    [200, { 'cache-control': PAGE_CACHE_CONTROL, 'set-cookie': ['a=1'] }, 0],
    [200, { 'cache-control': PAGE_CACHE_CONTROL, vary: 'rsc, Accept-Encoding' }, 1000],
    [200, { 'cache-control': PAGE_CACHE_CONTROL, vary: 'Cookie' }, 0],
    [200, { 'cache-control': PAGE_CACHE_CONTROL, vary: '*' }, 0],
  ])('status %i with %o: %i ms', (status, headers, expected) => {
    expect(storableLifetimeMs(status, headers, cap)).toBe(expected);
  });

  it('keeps an answer no longer than its own s-maxage', () => {
    // The answer's age counts the time since it was judged: one instant here, or a millisecond
    // passing between the two reads would make 1000 ms 999.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-03T12:00:00Z'));
    expect(storableLifetimeMs(200, { 'cache-control': 's-maxage=2' }, 10_000)).toBe(2000);
    expect(storableLifetimeMs(200, { 'cache-control': 's-maxage=2', age: '1' }, 10_000)).toBe(1000);
  });
});

describe('MicroCache', () => {
  const headers = { 'cache-control': PAGE_CACHE_CONTROL, 'content-type': 'text/html' };

  it('keeps what may be kept, without per-answer headers, with its length', () => {
    const cache = new MicroCache({ seconds: 1, now: () => 5000 });
    const stored = cache.store(
      'k',
      200,
      { ...headers, date: 'x', connection: 'keep-alive', 'transfer-encoding': 'chunked' },
      Buffer.from('halo'),
    );
    expect(stored).toBe(true);
    expect(cache.get('k')).toMatchObject({
      status: 200,
      headers: { ...headers, 'content-length': 4 },
      freshUntil: 6000,
    });
    expect(cache.get('k')!.headers).not.toHaveProperty('date');
    expect(cache.store('k', 503, { 'cache-control': 'no-store' }, Buffer.from('x'))).toBe(false);
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops the oldest answers past its entry and byte limits', () => {
    const cache = new MicroCache({ seconds: 1, maxEntries: 2, maxTotalBytes: 10 });
    cache.store('a', 200, headers, Buffer.from('1234'));
    cache.store('b', 200, headers, Buffer.from('1234'));
    cache.store('c', 200, headers, Buffer.from('1234'));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
    cache.store('d', 200, headers, Buffer.from('12345678'));
    expect(cache.size).toBe(1);
    expect(cache.get('d')).toBeDefined();
  });

  it('never keeps a body over the size limit', () => {
    const cache = new MicroCache({ seconds: 1 });
    expect(cache.store('big', 200, headers, Buffer.alloc(MAX_BODY_BYTES + 1))).toBe(false);
  });
});

describe('microCacheSecondsFromEnv', () => {
  it('defaults to one second and takes 0 for off', () => {
    expect(microCacheSecondsFromEnv({})).toBe(1);
    expect(microCacheSecondsFromEnv({ WARTA_MICRO_CACHE_SECONDS: '0' })).toBe(0);
    expect(microCacheSecondsFromEnv({ WARTA_MICRO_CACHE_SECONDS: '2.5' })).toBe(2.5);
  });

  it.each(['lama', '-1', 'Infinity'])('reports "%s" in the log and keeps the default', (raw) => {
    const lines: string[] = [];
    expect(microCacheSecondsFromEnv({ WARTA_MICRO_CACHE_SECONDS: raw }, (l) => lines.push(l))).toBe(
      1,
    );
    expect(lines).toEqual([
      `[cache mikro] WARTA_MICRO_CACHE_SECONDS "${raw}" bukan jumlah detik (0 atau lebih); dipakai 1 detik.`,
    ]);
  });
});

/** A real HTTP server whose handler stands for Next: it counts the requests that reach it. */
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Origin {
  calls: number;
  status: number;
  cacheControl: string;
  body: string;
  gzip: boolean;
  /** Milliseconds the origin takes before answering. */
  delay: number;
}

async function startServer(cache: MicroCache, origin: Origin) {
  const server = createServer(serverOptions, (request, response) => {
    if (answerFromMicroCache(cache, request, response)) return;
    origin.calls += 1;
    const answer = () => {
      response.statusCode = origin.status;
      response.setHeader('Cache-Control', origin.cacheControl);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      const body = `${origin.body} #${origin.calls}`;
      if (origin.gzip && /gzip/.test(String(request.headers['accept-encoding']))) {
        response.setHeader('Content-Encoding', 'gzip');
        response.end(gzipSync(body));
        return;
      }
      // Like Next's route handlers: headers flushed first, the body in chunks, then the end.
      response.flushHeaders();
      response.write(body.slice(0, 3));
      response.end(body.slice(3));
    };
    if (origin.delay) setTimeout(answer, origin.delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(url, { method, headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** Resolves once `list` holds `length` items (an answer's 'finish' may follow its delivery). */
async function arrivedAll(list: unknown[], length: number) {
  while (list.length < length) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Resolves once the origin has received `calls` requests. */
async function arrived(next: Origin, calls: number) {
  while (next.calls < calls) await new Promise((resolve) => setTimeout(resolve, 5));
}

function origin(overrides: Partial<Origin> = {}): Origin {
  return {
    calls: 0,
    status: 200,
    cacheControl: PAGE_CACHE_CONTROL,
    body: 'halaman',
    gzip: false,
    delay: 0,
    ...overrides,
  };
}

describe('answerFromMicroCache, in front of a server', () => {
  it('answers a repeated request from memory with the same status, headers and body', async () => {
    let clock = 1_000_000;
    const cache = new MicroCache({ seconds: 1, now: () => clock });
    const next = origin();
    const url = await startServer(cache, next);
    const first = await get(`${url}/a`);
    const second = await get(`${url}/a`);
    const head = await get(`${url}/a`, {}, 'HEAD');
    expect(next.calls).toBe(1);
    expect(second.body.toString()).toBe('halaman #1');
    expect(first.body.toString()).toBe('halaman #1');
    expect(second.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-length']).toBe('10');
    expect(second.headers.date).toBeDefined();
    expect(head.headers['content-length']).toBe('10');
    expect(head.body.length).toBe(0);
    // Another URL, and a request that asks the origin, reach the server.
    await get(`${url}/b`);
    expect((await get(`${url}/a`, { 'cache-control': 'no-cache' })).body.toString()).toBe(
      'halaman #3',
    );
    expect(next.calls).toBe(3);
    // Past its lifetime the copy is refreshed at the server.
    clock += 1001;
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #4');
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #4');
    expect(next.calls).toBe(4);
  });

  it('never keeps private answers, errors, or what a cache may not store', async () => {
    const cache = new MicroCache({ seconds: 1 });
    const next = origin({ cacheControl: 'private, no-cache, no-store, max-age=0' });
    const url = await startServer(cache, next);
    await get(`${url}/cari?q=banjir`);
    await get(`${url}/cari?q=banjir`);
    next.cacheControl = PAGE_CACHE_CONTROL;
    next.status = 503;
    await get(`${url}/a`);
    await get(`${url}/a`);
    expect(next.calls).toBe(4);
    expect(cache.size).toBe(0);
  });

  it('captureAnswer holds nothing of an answer that cannot be kept or grows too large', async () => {
    const seen: unknown[] = [];
    const server = createServer(serverOptions, (request, response) => {
      captureAnswer(
        response,
        (answer) => seen.push(answer),
        (status, headers) => status === 200 && headers['cache-control'] === 'public, max-age=9',
        request.url === '/big' ? 3 : 100,
      );
      response.setHeader(
        'Cache-Control',
        request.url === '/not-kept' ? 'no-store' : 'public, max-age=9',
      );
      response.write('ha');
      response.end('lo');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const path of ['/kept', '/not-kept', '/big']) {
      expect((await get(`${base}${path}`)).body.toString()).toBe('halo');
    }
    await arrivedAll(seen, 3);
    expect(seen[0]).toMatchObject({ status: 200, body: Buffer.from('halo') });
    expect(seen.slice(1)).toEqual([undefined, undefined]);
  });

  it('keeps a compressed answer for the Accept-Encoding that asked for it only', async () => {
    const cache = new MicroCache({ seconds: 1 });
    const next = origin({ gzip: true });
    const url = await startServer(cache, next);
    await get(`${url}/a`, { 'accept-encoding': 'gzip' });
    const zipped = await get(`${url}/a`, { 'accept-encoding': 'gzip' });
    const plain = await get(`${url}/a`);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('halaman #2');
    expect(next.calls).toBe(2);
  });

  /**
   * A copy kept, then past its lifetime, and a refresh under way that the server answers after
   * `refreshDelay` ms; `advance` moves the cache's clock.
   */
  async function refreshUnderWay(refreshDelay: number) {
    let clock = 1_000_000;
    const cache = new MicroCache({ seconds: 1, now: () => clock });
    const next = origin();
    const url = await startServer(cache, next);
    await get(`${url}/a`);
    clock += 1500;
    next.delay = refreshDelay;
    const refreshing = get(`${url}/a`);
    await arrived(next, 2);
    const advance = (ms: number) => (clock += ms);
    return { cache, next, url, refreshing, advance };
  }

  it('serves the old copy while one request refreshes it, then the new one', async () => {
    const { next, url, refreshing } = await refreshUnderWay(600);
    const meanwhile = await Promise.all([get(`${url}/a`), get(`${url}/a`)]);
    expect(meanwhile.map((answer) => answer.body.toString())).toEqual(['halaman #1', 'halaman #1']);
    expect((await refreshing).body.toString()).toBe('halaman #2');
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #2');
    expect(next.calls).toBe(2);
  });

  it('does not keep an answer begun before the cache was emptied (a publication)', async () => {
    const cache = new MicroCache({ seconds: 1 });
    const next = origin({ delay: 600 });
    const url = await startServer(cache, next);
    const before = get(`${url}/a`);
    await arrived(next, 1);
    cache.clear();
    expect((await before).body.toString()).toBe('halaman #1');
    expect(cache.size).toBe(0);
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #2');
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #2');
    expect(next.calls).toBe(2);
  });

  it('stops serving the old copy when the refresh takes too long or fails', async () => {
    const { cache, next, url, refreshing, advance } = await refreshUnderWay(600);
    advance(STALE_WHILE_REFRESHING_MS);
    next.delay = 0;
    expect((await get(`${url}/a`)).body.toString()).toBe('halaman #3');
    await refreshing;
    advance(1500);
    next.status = 503;
    expect((await get(`${url}/a`)).status).toBe(503);
    expect(cache.size).toBe(0);
  });
});

describe('processMicroCache', () => {
  it('is one cache per process, emptied by forgetMicroCachedAnswers from any module graph', async () => {
    const cache = processMicroCache(1)!;
    expect(processMicroCache(1)).toBe(cache);
    let calls = 0;
    const server = createServer(serverOptions, (request, response) => {
      if (answerFromMicroCache(cache, request, response)) return;
      calls += 1;
      response.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
      response.end(`halaman #${calls}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/a`;
    await get(url);
    expect((await get(url)).body.toString()).toBe('halaman #1');
    forgetMicroCachedAnswers();
    expect((await get(url)).body.toString()).toBe('halaman #2');
    expect(calls).toBe(2);
  });
});
