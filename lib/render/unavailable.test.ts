import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheControl, RETRY_AFTER_SECONDS } from '@/lib/http/cache-control';
import { strings } from '@/lib/strings';
import { storeRoute } from './unavailable';

// The document's asset URLs come from `npm run assets`; the wrapper is what is under test here.
vi.mock('./asset-manifest', () => ({
  assetManifest: () => ({
    stylesheet: '/assets/warta.test.css',
    fonts: [],
    script: '/assets/warta.test.js',
  }),
}));

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55433'), { code: 'ECONNREFUSED' });

function expectUnavailable(response: Response, contentType: RegExp) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
  expect(response.headers.get('cache-control')).toBe(cacheControl.never);
  expect(response.headers.get('content-type')).toMatch(contentType);
}

describe('storeRoute', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    logged.mockRestore();
  });

  it('passes the handler’s own answer and its arguments through', async () => {
    const handler = vi.fn(async (request: Request, n: number) =>
      Response.json({ url: request.url, n }, { status: 201 }),
    );
    const route = storeRoute(handler, 'text');
    const response = await route(new Request('http://warta.test/feed/rss.xml'), 7);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ url: 'http://warta.test/feed/rss.xml', n: 7 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers a reader page the site’s 503 document while the store is unreachable', async () => {
    const response = await storeRoute(async () => {
      throw refused();
    })();
    expectUnavailable(response, /^text\/html; charset=utf-8$/);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="id"/);
    expect(html).toContain(strings.unavailableTitle);
    expect(html).toContain(strings.unavailableRetry);
    expect(html).toContain('noindex');
    expect(html).not.toContain('ECONNREFUSED');
  });

  it('answers a feed, sitemap or image one line of Indonesian plain text', async () => {
    // A failure inside the driver, wrapped by the code that called it, is still recognised.
    const response = await storeRoute(() => {
      throw new Error('sitemap query failed', { cause: refused() });
    }, 'text')();
    expectUnavailable(response, /^text\/plain; charset=utf-8$/);
    const text = await response.text();
    expect(text).toBe(`${strings.unavailableMachine}\n`);
    expect(text).not.toMatch(/ECONNREFUSED|Error|\bat .+:\d+:\d+/);
  });

  it('rethrows any other error, so a bug is never dressed up as an outage', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    await expect(
      storeRoute(() => {
        throw bug;
      }, 'text')(),
    ).rejects.toBe(bug);
    expect(logged).not.toHaveBeenCalled();
  });

  it('logs an outage once, and again only after a request succeeded in between', async () => {
    const down = storeRoute(async () => {
      throw refused();
    }, 'text');
    const up = storeRoute(() => new Response('ok'), 'text');
    await up(); // whatever the tests before left: the store answers again
    await down();
    await down();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toBe(strings.unavailableLog(refused().message));
    await up();
    await down();
    expect(logged).toHaveBeenCalledTimes(2);
  });
});
