import { type APIRequestContext, expect, test } from '@playwright/test';
import {
  SITE_URL,
  jsonLdNodes,
  localPath,
  meta,
  nodeOfType,
  parseHtml,
  sitemapArticleUrls,
} from './support/machine';

/** Status codes, HEAD, caching and security headers, on the production build. */

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function expectSecurityHeaders(headers: Record<string, string>, path: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name], `${name} on ${path}`).toBe(value);
  }
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
  ]) {
    expect(csp, `CSP on ${path}`).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['permissions-policy'], path).toContain('camera=()');
  expect(headers['x-powered-by'], path).toBeUndefined();
}

/** The path of the first article the sitemaps list; the test fails when they list none. */
async function anArticlePath(request: APIRequestContext): Promise<string> {
  const [url] = await sitemapArticleUrls(request);
  expect(url, 'an article URL in the sitemaps').toBeTruthy();
  return localPath(url!);
}

test('every kind of response carries the security headers, 404s included', async ({
  request,
  page,
}) => {
  const article = await anArticlePath(request);
  const home = await parseHtml(page, await (await request.get('/')).text());
  const asset = home.links.find((l) => l.rel === 'stylesheet')?.href;
  expect(asset, 'the stylesheet the front page links').toBeTruthy();
  const paths = [
    '/',
    article,
    '/tidak-ada-halaman-ini',
    '/berita/ffffffff/tidak-ada',
    '/feed/rss.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/logo.png',
    asset!,
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response.headers(), path);
  }
});

test('status codes: 200, 404 for the unknown, 308 to the canonical article URL', async ({
  request,
}) => {
  const path = await anArticlePath(request);
  const [, , id] = path.split('/');
  expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(200);
  for (const old of [`/berita/${id}`, `/berita/${id}/judul-lama`]) {
    const moved = await request.get(old, { maxRedirects: 0 });
    expect(moved.status(), old).toBe(308);
    // Next repeats Location on a cached redirect; every copy must name the canonical URL.
    const locations = moved.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(locations.length).toBeGreaterThan(0);
    for (const { value } of locations) expect(new URL(value, SITE_URL).pathname).toBe(path);
  }
  for (const missing of [
    '/tidak-ada',
    '/berita/ffffffff',
    '/berita/ffffffff/x',
    '/kanal/tidak-ada',
    '/og/berita/x/y.png',
  ]) {
    expect((await request.get(missing, { maxRedirects: 0 })).status(), missing).toBe(404);
  }
});

test('HEAD answers like GET, without a body', async ({ request }) => {
  const article = await anArticlePath(request);
  for (const path of ['/', article, '/feed/rss.xml', '/sitemap.xml', '/robots.txt', '/tidak-ada']) {
    const get = await request.get(path);
    const head = await request.head(path);
    expect(head.status(), path).toBe(get.status());
    expect(head.headers()['content-type'], path).toBe(get.headers()['content-type']);
    expect((await head.body()).length, path).toBe(0);
  }
});

test('articles carry Last-Modified equal to their dateModified', async ({ request, page }) => {
  test.setTimeout(90_000);
  const urls = await sitemapArticleUrls(request);
  expect(urls.length, 'article URLs in the sitemaps').toBeGreaterThan(0);
  for (const url of urls) {
    const response = await request.get(localPath(url));
    const article = nodeOfType(
      jsonLdNodes(await parseHtml(page, await response.text())),
      'NewsArticle',
    );
    const lastModified = response.headers()['last-modified'] ?? '';
    expect(Date.parse(lastModified), url).toBe(Date.parse(article.dateModified));
  }
});

test('pages, feeds and sitemaps are cacheable by a CDN; share images forever', async ({
  request,
  page,
}) => {
  for (const path of ['/', '/kanal/riau', '/feed/rss.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const cache = (await request.get(path)).headers()['cache-control'] ?? '';
    expect(cache, path).toMatch(/s-maxage=\d+/);
    expect(cache, path).toMatch(/stale-while-revalidate=\d+/);
  }
  const home = await parseHtml(page, await (await request.get('/')).text());
  const [image = ''] = meta(home, 'og:image');
  const cache = (await request.get(localPath(image))).headers()['cache-control'] ?? '';
  expect(cache).toContain('immutable');
  expect(image.startsWith(SITE_URL)).toBe(true);
});

test('the Content-Security-Policy blocks nothing the site itself uses', async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  const article = await anArticlePath(request);
  for (const path of ['/', article, '/kanal/riau', '/cari?q=riau']) {
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  await page.getByRole('link').filter({ hasText: /\S/ }).nth(5).click();
  await page.waitForLoadState('load');
  expect(violations).toEqual([]);
});
