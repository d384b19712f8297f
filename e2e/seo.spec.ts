import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  SITE_URL,
  getXml,
  jpegSize,
  jsonLdNodes,
  localPath,
  meta,
  nodeOfType,
  parseHtml,
  pngSize,
  sitemapArticleEntries,
  sitemapArticleUrls,
  text,
  type ParsedPage,
} from './support/machine';

/** What crawlers and link-preview bots read in the head and the JSON-LD of every page. */

const ISO_WIB = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const SHARE_IMAGE_MAX_BYTES = 300 * 1024;

async function load(request: APIRequestContext, page: Page, path: string, userAgent?: string) {
  const response = await request.get(
    path,
    userAgent ? { headers: { 'user-agent': userAgent } } : {},
  );
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return { html, parsed: await parseHtml(page, html) };
}

function one(parsed: ParsedPage, key: string): string {
  const values = meta(parsed, key);
  expect(values, key).toHaveLength(1);
  return values[0] ?? '';
}

/** The head every indexable page shares: canonical, robots, Open Graph, Twitter, feeds. */
async function expectCommonHead(request: APIRequestContext, parsed: ParsedPage, canonical: string) {
  expect(parsed.lang).toBe('id');
  expect(parsed.title.length).toBeGreaterThan(0);
  expect(one(parsed, 'description').length).toBeGreaterThan(0);
  const canonicals = parsed.links.filter((l) => l.rel === 'canonical');
  // Next writes the root canonical without its trailing slash; both spell the same URL.
  expect(canonicals.map((l) => new URL(l.href).href)).toEqual([canonical]);
  expect(canonical).toMatch(/^https:\/\/[^?#]+$/);
  expect(one(parsed, 'robots')).toBe('index, follow, max-image-preview:large');

  expect(new URL(one(parsed, 'og:url')).href).toBe(canonical);
  expect(one(parsed, 'og:site_name')).toBe('Riau24');
  expect(one(parsed, 'og:locale')).toBe('id_ID');
  expect(one(parsed, 'og:description')).toBe(one(parsed, 'description'));
  expect(one(parsed, 'og:image:width')).toBe('1200');
  expect(one(parsed, 'og:image:height')).toBe('630');
  expect(one(parsed, 'og:image:type')).toBe('image/png');
  expect(one(parsed, 'og:image:alt').length).toBeGreaterThan(0);
  const image = one(parsed, 'og:image');
  expect(image.startsWith(`${SITE_URL}/og/`)).toBe(true);
  const png = await request.get(localPath(image));
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const body = await png.body();
  expect(body.length).toBeLessThanOrEqual(SHARE_IMAGE_MAX_BYTES);
  expect(pngSize(body)).toEqual({ width: 1200, height: 630 });

  expect(one(parsed, 'twitter:card')).toBe('summary_large_image');
  const twitterTitle = one(parsed, 'twitter:title');
  const ogTitle = one(parsed, 'og:title');
  expect([...twitterTitle].length).toBeLessThanOrEqual(70);
  expect(ogTitle.startsWith(twitterTitle.replace(/…$/, ''))).toBe(true);
  expect([...one(parsed, 'twitter:description')].length).toBeLessThanOrEqual(200);
  expect(one(parsed, 'twitter:image')).toBe(image);

  const rss = parsed.links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');
  expect(rss.map((l) => l.href)).toContain(`${SITE_URL}/feed/rss.xml`);
  expect(parsed.bodyMetas).toBe(0);
}

test('every article in the sitemap has a complete head and NewsArticle JSON-LD', async ({
  request,
  page,
}) => {
  test.setTimeout(180_000);
  const urls = await sitemapArticleUrls(request);
  expect(urls.length).toBeGreaterThanOrEqual(15);
  const checkedCrops = new Set<string>();

  for (const url of urls) {
    await test.step(url, async () => {
      const { parsed } = await load(request, page, localPath(url));
      await expectCommonHead(request, parsed, url);
      const nodes = jsonLdNodes(parsed);
      const article = nodeOfType(nodes, 'NewsArticle');
      const headline: string = article.headline;

      expect(parsed.h1).toEqual([headline]);
      expect(parsed.title).toBe(`${headline} - Riau24`);
      expect(one(parsed, 'og:title')).toBe(headline);
      expect(one(parsed, 'og:type')).toBe('article');
      expect(article.description).toBe(one(parsed, 'description'));
      expect(article.mainEntityOfPage['@id']).toBe(url);
      expect(article.inLanguage).toBe('id');

      expect(article.datePublished).toMatch(ISO_WIB);
      expect(article.dateModified).toMatch(ISO_WIB);
      expect(one(parsed, 'article:published_time')).toBe(article.datePublished);
      expect(one(parsed, 'article:modified_time')).toBe(article.dateModified);
      expect(parsed.times).toContain(article.datePublished);
      if (article.dateModified !== article.datePublished) {
        expect(parsed.times).toContain(article.dateModified);
      }

      expect(one(parsed, 'article:section')).toBe(article.articleSection);
      expect(meta(parsed, 'article:tag')).toEqual(article.keywords);
      expect(article.author.length).toBeGreaterThan(0);
      expect(meta(parsed, 'article:author')).toEqual(
        article.author.map((a: { url: string }) => a.url),
      );
      for (const author of article.author) {
        expect(Object.keys(author).sort()).toEqual(['@type', 'name', 'url']);
        expect(author['@type']).toBe('Person');
        expect(author.name).not.toMatch(/^Oleh\b/);
        expect(author.url).toMatch(new RegExp(`^${SITE_URL}/penulis/[a-z0-9-]+$`));
      }

      expect(article.publisher['@type']).toBe('NewsMediaOrganization');
      expect(article.publisher.name).toBe('Riau24');
      expect(article.publisher.logo.url).toBe(`${SITE_URL}/logo.png`);
      for (const source of article.citation ?? []) expect(source.name.length).toBeGreaterThan(0);
      for (const correction of article.correction ?? []) {
        expect(correction['@type']).toBe('CorrectionComment');
        expect(correction.datePublished).toMatch(ISO_WIB);
      }

      expect(article.image).toHaveLength(3);
      const ratios = [16 / 9, 4 / 3, 1];
      for (const [i, image] of (article.image as string[]).entries()) {
        if (checkedCrops.has(image)) continue;
        checkedCrops.add(image);
        const crop = await request.get(localPath(image));
        expect(crop.status(), image).toBe(200);
        expect(crop.headers()['content-type']).toBe('image/jpeg');
        const size = jpegSize(await crop.body());
        expect(size.width).toBeGreaterThanOrEqual(1200);
        expect(size.width / size.height).toBeCloseTo(ratios[i] ?? 0, 2);
      }

      const breadcrumbs = nodeOfType(nodes, 'BreadcrumbList');
      const items = breadcrumbs.itemListElement;
      expect(items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
      expect(items[0].item).toBe(`${SITE_URL}/`);
      expect(items[1].item).toMatch(new RegExp(`^${SITE_URL}/kanal/`));
      expect(items[2]).toMatchObject({ name: headline, item: url });
    });
  }
});

test('the article sitemap lastmod is the article dateModified', async ({ request, page }) => {
  test.setTimeout(120_000);
  for (const entry of await sitemapArticleEntries(request)) {
    const { parsed } = await load(request, page, localPath(text(entry.loc)));
    expect(text(entry.lastmod)).toBe(nodeOfType(jsonLdNodes(parsed), 'NewsArticle').dateModified);
  }
});

test('the front page names the site, its publisher and its search', async ({ request, page }) => {
  const { parsed } = await load(request, page, '/');
  await expectCommonHead(request, parsed, `${SITE_URL}/`);
  expect(one(parsed, 'og:type')).toBe('website');
  const nodes = jsonLdNodes(parsed);
  const site = nodeOfType(nodes, 'WebSite');
  const org = nodeOfType(nodes, 'NewsMediaOrganization');
  expect(site.url).toBe(`${SITE_URL}/`);
  expect(site.inLanguage).toBe('id');
  expect(site.potentialAction['@type']).toBe('SearchAction');
  expect(site.potentialAction.target.urlTemplate).toBe(`${SITE_URL}/cari?q={search_term_string}`);
  expect(site.potentialAction['query-input']).toBe('required name=search_term_string');
  expect(org.logo.url).toBe(`${SITE_URL}/logo.png`);
  expect((await request.get('/logo.png')).status()).toBe(200);
  expect(org.publishingPrinciples).toBe(`${SITE_URL}/pedoman-media-siber`);
});

test('section, tag and author pages are CollectionPages of what they list', async ({
  request,
  page,
}) => {
  const { doc } = await getXml(request, '/sitemaps/pages.xml');
  const locs: string[] = doc.urlset.url.map((u: { loc: string }) => text(u.loc));
  const tags = await getXml(request, '/sitemaps/tags-1.xml');
  const listings = [
    ...locs.filter((l) => l.includes('/kanal/') || l.includes('/penulis/')),
    text(tags.doc.urlset.url[0].loc),
  ];
  for (const url of listings) {
    const { parsed } = await load(request, page, localPath(url));
    await expectCommonHead(request, parsed, url);
    const nodes = jsonLdNodes(parsed);
    const collection = nodeOfType(nodes, 'CollectionPage');
    expect(collection.url).toBe(url);
    const listed = collection.mainEntity.itemListElement;
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(item.url).toMatch(new RegExp(`^${SITE_URL}/berita/`));
    if (url.includes('/kanal/')) {
      const crumbs = nodeOfType(nodes, 'BreadcrumbList').itemListElement;
      expect(crumbs.at(-1).item).toBe(url);
    }
    if (url.includes('/penulis/')) {
      const person = nodeOfType(nodes, 'Person');
      expect(person.url).toBe(url);
      expect(parsed.h1).toEqual([person.name]);
    }
  }
});

test('paginated listings canonicalise to themselves', async ({ request, page }) => {
  const { parsed } = await load(request, page, '/kanal/internasional/halaman/2');
  await expectCommonHead(request, parsed, `${SITE_URL}/kanal/internasional/halaman/2`);
});

test('search results are not indexed', async ({ request, page }) => {
  const response = await request.get('/cari?q=korea');
  const parsed = await parseHtml(page, await response.text());
  expect(meta(parsed, 'robots').join()).toContain('noindex');
});

const BOTS = [
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'WhatsApp/2.23.20.0',
  'Twitterbot/1.0',
  'TelegramBot (like TwitterBot)',
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36',
];

test('preview bots get the whole head within the first 300 KB', async ({ request, page }) => {
  const [url] = await sitemapArticleUrls(request);
  for (const userAgent of BOTS) {
    await test.step(userAgent, async () => {
      const { html } = await load(request, page, localPath(url ?? '/'), userAgent);
      const headEnd = Buffer.byteLength(html.slice(0, html.indexOf('</head>')));
      expect(headEnd).toBeGreaterThan(0);
      expect(headEnd).toBeLessThan(300 * 1024);
      const head = await parseHtml(page, html.slice(0, html.indexOf('</head>')));
      for (const key of [
        'og:title',
        'og:image',
        'og:url',
        'og:type',
        'twitter:card',
        'description',
      ]) {
        expect(meta(head, key), `${key} for ${userAgent}`).toHaveLength(1);
      }
      expect(head.links.filter((l) => l.rel === 'canonical')).toHaveLength(1);
    });
  }
});
