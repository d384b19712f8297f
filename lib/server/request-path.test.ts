import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MicroCache } from '../http/micro-cache';
import type { RouteLookup } from './reader-routes';
import { requestPath } from './request-path';
import { serverOptions } from '../http/whole-response';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The request path in front of a stand-in for Next that records what reached it. */
async function start(lookup: (segments: string[]) => Promise<RouteLookup>, cache?: MicroCache) {
  const reached: string[] = [];
  const answer = requestPath({
    microCache: cache,
    lookup,
    async next(request, response) {
      reached.push(`${request.method} ${request.url}`);
      const status = request.url?.startsWith('/_warta/galat/')
        ? Number(request.url.slice(14))
        : 200;
      response.statusCode = status;
      response.setHeader('Cache-Control', 's-maxage=300');
      response.end(`dokumen ${status} #${reached.length}`);
    },
  });
  const server = createServer(serverOptions, (request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reached };
}

const everything = async (): Promise<RouteLookup> => 'found';

/** The status line's code for a request sent as written (no client normalises it first). */
function rawStatus(base: string, method: string, target: string): Promise<number> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.on('data', (data) => (text += data.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.end(`${method} ${target} HTTP/1.1\r\nHost: warta.test\r\nConnection: close\r\n\r\n`);
  });
}

describe('requestPath', () => {
  it('answers another method on a reader URL 405 with Allow, from the one 405 document', async () => {
    const { url, reached } = await start(everything);
    for (const method of ['POST', 'DELETE', 'PUT', 'OPTIONS']) {
      const response = await fetch(`${url}/tag/belum-pernah-ada-${method}`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(new Set(reached)).toEqual(new Set(['GET /_warta/galat/405']));
  });

  it('lets /api/ routes take their own methods', async () => {
    const { url, reached } = await start(async () => {
      throw new Error('the lookup is not asked for /api/');
    });
    expect((await fetch(`${url}/api/publish`, { method: 'POST', body: 'x' })).status).toBe(200);
    expect(reached).toEqual(['POST /api/publish']);
  });

  it('answers an unreadable URL 400 before anything else is asked', async () => {
    let asked = 0;
    const { url, reached } = await start(async () => {
      asked += 1;
      return 'found';
    });
    expect((await fetch(`${url}/berita/%ff%fe/x`)).status).toBe(400);
    expect((await fetch(`${url}/%c0%ae%c0%ae/`)).status).toBe(400);
    expect(asked).toBe(0);
    expect(reached).toEqual(['GET /_warta/galat/400', 'GET /_warta/galat/400']);
  });

  it('answers a path that cannot exist from the one 404 document, kept once in the micro-cache', async () => {
    const cache = new MicroCache({ seconds: 1 });
    const { url, reached } = await start(async () => 'missing', cache);
    for (let n = 0; n < 5; n++) {
      const response = await fetch(`${url}/tag/acak-${n}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('dokumen 404 #1');
    }
    expect(reached).toEqual(['GET /_warta/galat/404']);
    expect(cache.size).toBe(1);
  });

  it('sends a rewritten path to Next, and a path the lookup cannot judge as it is', async () => {
    const { url, reached } = await start(async (segments) => {
      if (segments[0] === 'rusak') throw new Error('store down');
      return { rewrite: '/berita/a1' };
    });
    await fetch(`${url}/berita/a1/slug-lama?utm_source=wa`);
    await fetch(`${url}/rusak`);
    expect(reached).toEqual(['GET /berita/a1', 'GET /rusak']);
  });

  it('answers a page kept in the micro-cache without asking the lookup again', async () => {
    let asked = 0;
    const cache = new MicroCache({ seconds: 1 });
    const { url, reached } = await start(async () => {
      asked += 1;
      return 'found';
    }, cache);
    for (let n = 0; n < 3; n++) expect((await fetch(`${url}/kanal/riau`)).status).toBe(200);
    expect(asked).toBe(1);
    expect(reached).toEqual(['GET /kanal/riau']);
  });

  it('answers from the micro-cache only what the gate lets through: the same statuses as without it', async () => {
    const lookup = async (segments: string[]): Promise<RouteLookup> =>
      segments[0] === 'hilang' ? 'missing' : 'found';
    const cached = await start(lookup, new MicroCache({ seconds: 60 }));
    const plain = await start(lookup);
    const pages = ['/', '/kanal/riau', '/berita/a1/banjir', '/_warta/galat/404', '/api/x'];
    for (const page of pages) await fetch(`${cached.url}${page}`);
    const piece = fc.constantFrom(
      ...pages,
      ...pages.map((page) => `${page}/`),
      '/hilang',
      '/kanal//riau',
      '/%2e%2e/kanal/riau',
      '/kanal/%ff',
      '/kanal/riau?x=1',
      '/_warta/galat/405',
      '/_warta/galat/999',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'),
        piece,
        async (method, target) => {
          expect(await rawStatus(cached.url, method, target)).toBe(
            await rawStatus(plain.url, method, target),
          );
        },
      ),
      { seed: 20241224, numRuns: 150 },
    );
  });

  it('sends a gate document asked for by its own URL with its status, an unknown one as 404', async () => {
    const { url } = await start(everything);
    const answers = await Promise.all(
      ['/_warta/galat/405', '/_warta/galat/400', '/_warta/galat/999'].map(async (p) => {
        const response = await fetch(`${url}${p}`);
        return [response.status, response.statusText, await response.text()];
      }),
    );
    expect(answers.map(([status, text]) => [status, text])).toEqual([
      [405, 'Method Not Allowed'],
      [400, 'Bad Request'],
      [404, 'Not Found'],
    ]);
  });

  it('answers an old address 308 to where it lives now, without asking Next', async () => {
    const { url, reached } = await start(async () => ({ redirect: '/berita/wp-12/banjir' }));
    const response = await fetch(`${url}/2024/05/banjir/?p=12`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/berita/wp-12/banjir');
    expect(response.headers.get('cache-control')).toMatch(/s-maxage/);
    expect(reached).toEqual([]);
  });

  it('closes the connection after refusing a request that carries a body', async () => {
    const { url } = await start(everything);
    const response = await fetch(`${url}/`, { method: 'POST', body: 'x'.repeat(10_000) });
    expect(response.status).toBe(405);
    expect(response.headers.get('connection')).toBe('close');
  });
});
