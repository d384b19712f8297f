import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrawlerNotifier } from './notifier';
import type { ArticleKeys, ContentChange } from '../ingest-port';
import { closedPort, listenOnFreePort } from '../../test-support/ports';

/** A fake crawler endpoint on the loopback interface that answers with the queued statuses. */
interface FakeEndpoint {
  url: string;
  requests: { path: string; type: string; body: string }[];
  statuses: number[];
}

let server: Server;
let endpoint: FakeEndpoint;

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
  });

beforeEach(async () => {
  endpoint = { url: '', requests: [], statuses: [] };
  server = createServer(async (req, res) => {
    endpoint.requests.push({
      path: req.url ?? '',
      type: req.headers['content-type'] ?? '',
      body: await read(req),
    });
    res.statusCode = endpoint.statuses.shift() ?? 202;
    res.end();
  });
  endpoint.url = `http://127.0.0.1:${await listenOnFreePort(server)}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const keys = (over: Partial<ArticleKeys> = {}): ArticleKeys => ({
  id: 'a1',
  slug: 'banjir-pekanbaru',
  section: 'riau',
  tags: [],
  authors: ['rizki-pratama'],
  publishedAt: '2024-12-24T10:00:00+07:00',
  listed: true,
  ...over,
});

function notifier(
  lines: string[],
  over: Partial<ConstructorParameters<typeof CrawlerNotifier>[0]> = {},
) {
  return new CrawlerNotifier({
    siteUrl: 'https://www.riau24.com',
    indexNow: { key: 'kunci-indexnow-123', endpoint: `${endpoint.url}/indexnow` },
    websubHub: `${endpoint.url}/hub`,
    log: { info: (l) => lines.push(l), warn: (l) => lines.push(l), error: (l) => lines.push(l) },
    retryDelayMs: 20,
    ...over,
  });
}

const moved: ContentChange = {
  kind: 'article',
  id: 'a1',
  before: keys(),
  after: keys({ slug: 'banjir-surut' }),
};

describe('CrawlerNotifier', () => {
  it('submits changed URLs to IndexNow with the key and its location', async () => {
    const n = notifier([], { websubHub: undefined });
    n.notify([moved, { kind: 'author', id: 'rizki-pratama' }]);
    await n.settled();
    expect(endpoint.requests).toHaveLength(1);
    const [request] = endpoint.requests;
    expect(request!.path).toBe('/indexnow');
    expect(request!.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request!.body)).toEqual({
      host: 'www.riau24.com',
      key: 'kunci-indexnow-123',
      keyLocation: 'https://www.riau24.com/kunci-indexnow-123.txt',
      urlList: [
        'https://www.riau24.com/berita/a1/banjir-pekanbaru',
        'https://www.riau24.com/berita/a1/banjir-surut',
        'https://www.riau24.com/penulis/rizki-pratama',
      ],
    });
  });

  it('pings the WebSub hub for the site feeds and the section feed', async () => {
    const n = notifier([], { indexNow: undefined });
    n.notify([{ kind: 'article', id: 'a1', after: keys() }]);
    await n.settled();
    const pinged = endpoint.requests.map((r) => new URLSearchParams(r.body));
    expect(
      endpoint.requests.every(
        (r) => r.path === '/hub' && r.type === 'application/x-www-form-urlencoded',
      ),
    ).toBe(true);
    expect(pinged.every((p) => p.get('hub.mode') === 'publish')).toBe(true);
    expect(pinged.map((p) => p.get('hub.url')).sort()).toEqual([
      'https://www.riau24.com/feed/atom.xml',
      'https://www.riau24.com/feed/feed.json',
      'https://www.riau24.com/feed/riau/rss.xml',
      'https://www.riau24.com/feed/rss.xml',
    ]);
  });

  it('retries a failing endpoint with backoff, logging each failure, then succeeds', async () => {
    const lines: string[] = [];
    endpoint.statuses = [503, 429];
    const n = notifier(lines, { websubHub: undefined });
    const started = Date.now();
    n.notify([moved]);
    await n.settled();
    expect(endpoint.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 - 5);
    expect(lines).toEqual([
      '[terbit] Pemberitahuan IndexNow gagal (percobaan 1): HTTP 503',
      '[terbit] Pemberitahuan IndexNow gagal (percobaan 2): HTTP 429',
    ]);
  });

  it('gives up after its attempts and never throws; a refusal (403) is not retried', async () => {
    const lines: string[] = [];
    endpoint.statuses = [500, 500, 500];
    const n = notifier(lines, { websubHub: undefined, attempts: 3 });
    n.notify([moved]);
    await n.settled();
    expect(endpoint.requests).toHaveLength(3);
    expect(lines.at(-1)).toBe(
      '[terbit] Pemberitahuan IndexNow dihentikan setelah beberapa percobaan.',
    );

    endpoint.requests = [];
    endpoint.statuses = [403];
    n.notify([moved]);
    await n.settled();
    expect(endpoint.requests).toHaveLength(1);
  });

  it('an unreachable endpoint is logged and retried, and notify itself returns at once', async () => {
    const lines: string[] = [];
    const n = notifier(lines, {
      websubHub: undefined,
      attempts: 2,
      indexNow: {
        key: 'kunci-indexnow-123',
        endpoint: `http://127.0.0.1:${await closedPort()}/indexnow`,
      },
    });
    const before = Date.now();
    n.notify([moved]);
    expect(Date.now() - before).toBeLessThan(50);
    await n.settled();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[terbit\] Pemberitahuan IndexNow gagal \(percobaan 1\): /);
  });

  it('drafts are never announced; nothing is sent when nothing is configured', async () => {
    const n = notifier([]);
    n.notify([{ kind: 'article', id: 'd1', after: keys({ listed: false }) }]);
    await n.settled();
    const off = notifier([], { indexNow: undefined, websubHub: undefined });
    expect(off.enabled).toBe(false);
    off.notify([moved]);
    await off.settled();
    expect(endpoint.requests).toEqual([]);
  });
});
