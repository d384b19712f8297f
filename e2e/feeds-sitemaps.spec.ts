import { expect, test } from '@playwright/test';
import {
  NOW,
  SITE_URL,
  getXml,
  jsonLdNodes,
  localPath,
  nodeOfType,
  parseHtml,
  sitemapArticleEntries,
  text,
  type XmlNode,
} from './support/machine';

/** Sitemaps, the Google News sitemap, robots.txt and feeds, parsed as XML and JSON. */

const W3C_WIB = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

test('the sitemap index lists child sitemaps whose every URL is absolute and answers 200', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const { response, doc } = await getXml(request, '/sitemap.xml');
  expect(response.headers()['content-type']).toContain('application/xml');
  const children: XmlNode[] = doc.sitemapindex.sitemap;
  const locs = children.map((c) => text(c.loc));
  expect(locs).toContain(`${SITE_URL}/sitemaps/pages.xml`);
  // Articles are filed by month of publication: articles-2024-12.xml.
  expect(locs.some((loc) => /\/sitemaps\/articles-\d{4}-\d{2}\.xml$/.test(loc))).toBe(true);
  const seen = new Set<string>();
  for (const child of children) {
    expect(text(child.lastmod)).toMatch(W3C_WIB);
    const { response: res, doc: urlset } = await getXml(request, localPath(text(child.loc)));
    expect(res.status()).toBe(200);
    const urls: XmlNode[] = urlset.urlset.url;
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(50_000);
    const newest = urls
      .map((u) => text(u.lastmod))
      .filter(Boolean)
      .sort()
      .at(-1);
    expect(text(child.lastmod)).toBe(newest);
    for (const url of urls) {
      const loc = text(url.loc);
      expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(seen.has(loc), `listed twice: ${loc}`).toBe(false);
      seen.add(loc);
      if (url.lastmod !== undefined) expect(text(url.lastmod)).toMatch(W3C_WIB);
      const page = await request.get(localPath(loc), { maxRedirects: 0 });
      expect(page.status(), loc).toBe(200);
      for (const image of url['image:image'] ?? []) {
        const src = text(image['image:loc']);
        expect((await request.head(localPath(src))).status(), src).toBe(200);
      }
    }
    if (text(child.loc).includes('/articles-')) {
      for (const url of urls) expect(url['image:image']).toHaveLength(1);
    }
  }
  expect([...seen]).toEqual(expect.arrayContaining([`${SITE_URL}/`, `${SITE_URL}/redaksi`]));
});

test('the news sitemap has exactly the articles of the last two days', async ({
  request,
  page,
}) => {
  test.setTimeout(120_000);
  const expected: { url: string; headline: string; published: string }[] = [];
  for (const entry of await sitemapArticleEntries(request)) {
    const html = await (await request.get(localPath(text(entry.loc)))).text();
    const article = nodeOfType(jsonLdNodes(await parseHtml(page, html)), 'NewsArticle');
    const age = NOW.getTime() - Date.parse(article.datePublished);
    if (age >= 0 && age < TWO_DAYS_MS) {
      expected.push({
        url: text(entry.loc),
        headline: article.headline,
        published: article.datePublished,
      });
    }
  }
  expect(expected.length).toBeGreaterThan(0);

  const { response, doc } = await getXml(request, '/news-sitemap.xml');
  expect(response.headers()['content-type']).toContain('application/xml');
  expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  const urls: XmlNode[] = doc.urlset.url ?? [];
  expect(urls.length).toBeLessThanOrEqual(1000);
  const listed = urls.map((u) => {
    const news = u['news:news'];
    expect(text(news['news:publication']['news:name'])).toBe('Riau24');
    expect(text(news['news:publication']['news:language'])).toBe('id');
    return {
      url: text(u.loc),
      headline: text(news['news:title']),
      published: text(news['news:publication_date']),
    };
  });
  const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
  expect(listed.sort(byUrl)).toEqual(expected.sort(byUrl));
});

test('robots.txt allows the site, keeps search results out and lists both sitemaps', async ({
  request,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /cari?');
  expect(lines).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${SITE_URL}/news-sitemap.xml`);
  expect(lines.filter((l) => l.startsWith('Disallow: /og') || l === 'Disallow: /')).toEqual([]);
});

test('the RSS feed carries the latest articles in full', async ({ request, page }) => {
  test.setTimeout(90_000);
  const { response, doc } = await getXml(request, '/feed/rss.xml');
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const channel = doc.rss.channel;
  expect(doc.rss['@version']).toBe('2.0');
  expect(text(channel.title)).toBe('Riau24');
  expect(text(channel.link)).toBe(`${SITE_URL}/`);
  expect(text(channel.description).length).toBeGreaterThan(0);
  expect(text(channel.language)).toBe('id');
  const items: XmlNode[] = channel.item;
  expect(items.length).toBeGreaterThanOrEqual(15);
  let previous = Infinity;
  for (const item of items) {
    const link = text(item.link);
    const html = await (await request.get(localPath(link))).text();
    const parsed = await parseHtml(page, html);
    const article = nodeOfType(jsonLdNodes(parsed), 'NewsArticle');
    expect(text(item.title)).toBe(article.headline);
    expect(link).toBe(article.url);
    expect(text(item.guid).startsWith(`${SITE_URL}/berita/`)).toBe(true);
    const published = Date.parse(text(item.pubDate));
    expect(published).toBe(Date.parse(article.datePublished));
    expect(published).toBeLessThanOrEqual(previous);
    previous = published;
    expect(item['dc:creator'].map(text)).toEqual(
      article.author.map((a: { name: string }) => a.name),
    );
    expect(item.category.map(text)).toEqual([article.articleSection, ...article.keywords]);
    expect(item['media:content']['@url'].startsWith(`${SITE_URL}/images/`)).toBe(true);
    const content = await parseHtml(page, text(item['content:encoded']));
    expect(content.injected).toEqual({ images: 0, scripts: 0, handlers: 0, jsLinks: 0 });
    // An embed is a paragraph linking the original in the feed, a facade linking it on the page.
    const { bodyText, embedLinks } = await page.evaluate((source) => {
      const d = new DOMParser().parseFromString(source, 'text/html');
      return {
        bodyText: [...d.querySelectorAll('p:not(.embed-link)')].map((p) => p.textContent ?? ''),
        embedLinks: [...d.querySelectorAll('p.embed-link a')].map((a) => a.getAttribute('href')),
      };
    }, text(item['content:encoded']));
    expect(bodyText.length).toBeGreaterThan(2);
    const { pageText, pageEmbedLinks } = await page.evaluate((source) => {
      const d = new DOMParser().parseFromString(source, 'text/html');
      return {
        pageText: d.body.textContent ?? '',
        pageEmbedLinks: [...d.querySelectorAll('figure[data-embed] figcaption a')].map((a) =>
          a.getAttribute('href'),
        ),
      };
    }, html);
    for (const paragraph of bodyText.slice(1)) expect(pageText).toContain(paragraph);
    expect(embedLinks).toEqual(pageEmbedLinks);
  }
});

test('the Atom and JSON feeds match the RSS feed', async ({ request }) => {
  const rss = (await getXml(request, '/feed/rss.xml')).doc.rss.channel.item as XmlNode[];
  const atom = await getXml(request, '/feed/atom.xml');
  expect(atom.response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const feed = atom.doc.feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(text(feed.id)).toBe(`${SITE_URL}/`);
  expect(text(feed.updated)).toMatch(W3C_WIB);
  const entries: XmlNode[] = feed.entry;
  expect(entries.map((e) => text(e.title))).toEqual(rss.map((i) => text(i.title)));
  for (const entry of entries) {
    expect(text(entry.id).startsWith(`${SITE_URL}/berita/`)).toBe(true);
    expect(text(entry.updated)).toMatch(W3C_WIB);
    expect(text(entry.published)).toMatch(W3C_WIB);
    expect(entry.content['@type']).toBe('html');
    expect(text(entry.content).length).toBeGreaterThan(200);
  }

  const json = await request.get('/feed/feed.json');
  expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
  const data = JSON.parse(await json.text());
  expect(data.version).toBe('https://jsonfeed.org/version/1.1');
  expect(data.items.map((i: { title: string }) => i.title)).toEqual(rss.map((i) => text(i.title)));
  for (const item of data.items) {
    expect(item.id.startsWith(`${SITE_URL}/berita/`)).toBe(true);
    expect(item.content_html.length).toBeGreaterThan(200);
    expect(item.date_published).toMatch(W3C_WIB);
  }
});

test('every section has its own RSS feed of its own articles', async ({ request }) => {
  const { doc } = await getXml(request, '/sitemaps/pages.xml');
  const sections = (doc.urlset.url as XmlNode[])
    .map((u) => text(u.loc))
    .filter((loc) => loc.includes('/kanal/'))
    .map((loc) => loc.split('/').at(-1) ?? '');
  expect(sections.length).toBeGreaterThanOrEqual(4);
  for (const section of sections) {
    const { response, doc: rss } = await getXml(request, `/feed/${section}/rss.xml`);
    expect(response.status()).toBe(200);
    const channel = rss.rss.channel;
    expect(text(channel.link)).toBe(`${SITE_URL}/kanal/${section}`);
    for (const item of channel.item ?? []) {
      expect(item.category[0]['@domain']).toBe(`${SITE_URL}/kanal/${section}`);
    }
  }
  expect((await request.get('/feed/tidak-ada/rss.xml')).status()).toBe(404);
});

test('every page links its feeds for autodiscovery', async ({ request, page }) => {
  const parsed = await parseHtml(page, await (await request.get('/kanal/riau')).text());
  const alternates = parsed.links.filter((l) => l.rel === 'alternate');
  expect(alternates.map((l) => [l.type, l.href])).toEqual(
    expect.arrayContaining([
      ['application/rss+xml', `${SITE_URL}/feed/rss.xml`],
      ['application/rss+xml', `${SITE_URL}/feed/riau/rss.xml`],
      ['application/atom+xml', `${SITE_URL}/feed/atom.xml`],
      ['application/feed+json', `${SITE_URL}/feed/feed.json`],
    ]),
  );
  for (const link of alternates) expect(link.title?.length).toBeGreaterThan(0);
});
