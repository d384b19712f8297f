import { expect, test } from '@playwright/test';
import { SITE_URL, getXml, localPath, parseHtml, text, type XmlNode } from '../support/machine';
import { HOSTILE, OLD, RECENT_ID, SCHEDULED, WITHDRAWN } from './corpus';

/** Feeds and sitemaps parse as XML and JSON, and the hostile values round-trip exactly. */

const hostileUrl = `${SITE_URL}${HOSTILE.path}`;

test('RSS: the hostile item round-trips and its HTML is inert', async ({ request, page }) => {
  const { doc } = await getXml(request, '/feed/rss.xml');
  const items: XmlNode[] = doc.rss.channel.item;
  const item = items.find((i) => text(i.link) === hostileUrl);
  expect(item).toBeDefined();
  expect(text(item.title)).toBe(HOSTILE.title);
  expect(item['dc:creator'].map(text)).toContain(HOSTILE.author);
  expect(item.category.map(text)).toEqual([HOSTILE.section, ...HOSTILE.tags]);
  // Readers render <description> as HTML: the summary must come back as text, not markup.
  const description = await page.evaluate(
    (source) => new DOMParser().parseFromString(source, 'text/html').body.textContent,
    text(item.description),
  );
  expect(description).toBe(HOSTILE.summary);
  const content = await parseHtml(page, text(item['content:encoded']));
  expect(content.injected).toEqual({ images: 0, scripts: 0, handlers: 0, jsLinks: 0 });
  const shown = await page.evaluate(
    (source) => new DOMParser().parseFromString(source, 'text/html').body.textContent,
    text(item['content:encoded']),
  );
  expect(shown).toContain('juga <img src=x onerror=alert(1)> dan kata javascript:alert(1)');
});

test('Atom and JSON Feed: the hostile entry round-trips', async ({ request, page }) => {
  const { doc } = await getXml(request, '/feed/atom.xml');
  const entry = (doc.feed.entry as XmlNode[]).find((e) =>
    e.link.some((l: XmlNode) => l['@rel'] === 'alternate' && l['@href'] === hostileUrl),
  );
  expect(entry.title['@type']).toBe('text');
  expect(text(entry.title)).toBe(HOSTILE.title);
  expect(text(entry.summary)).toBe(HOSTILE.summary);
  const content = await parseHtml(page, text(entry.content));
  expect(content.injected).toEqual({ images: 0, scripts: 0, handlers: 0, jsLinks: 0 });

  const json = JSON.parse(await (await request.get('/feed/feed.json')).text());
  const item = json.items.find((i: { url: string }) => i.url === hostileUrl);
  expect(item.title).toBe(HOSTILE.title);
  expect(item.summary).toBe(HOSTILE.summary);
  expect(item.tags).toEqual([HOSTILE.section, ...HOSTILE.tags]);
});

test('sitemaps and the news sitemap round-trip and follow the fixed now', async ({ request }) => {
  const { doc: index } = await getXml(request, '/sitemap.xml');
  const locs: string[] = [];
  for (const child of index.sitemapindex.sitemap) {
    const { doc } = await getXml(request, localPath(text(child.loc)));
    locs.push(...(doc.urlset.url as XmlNode[]).map((u) => text(u.loc)));
  }
  expect(locs).toContain(hostileUrl);
  expect(locs).toContain(`${SITE_URL}${OLD.path}`);
  expect(locs.filter((l) => l.includes(WITHDRAWN.id) || l.includes(SCHEDULED.id))).toEqual([]);
  expect(locs).toContain(`${SITE_URL}/tag/img-src-x-onerror-alert-1`);

  const { doc } = await getXml(request, '/news-sitemap.xml');
  const news: XmlNode[] = doc.urlset.url;
  expect(news.map((u) => text(u.loc))).toEqual([hostileUrl]);
  expect(text(news[0]['news:news']['news:title'])).toBe(HOSTILE.title);
  expect(text(news[0]['news:news']['news:publication_date'])).toBe('2024-12-23T20:00:00+07:00');
  expect(RECENT_ID).toBe(HOSTILE.path.split('/')[2]);
});

test('feeds leave out withdrawn and scheduled articles', async ({ request }) => {
  for (const path of ['/feed/rss.xml', '/feed/atom.xml', '/feed/feed.json', '/feed/kota/rss.xml']) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(WITHDRAWN.id);
    expect(body, path).not.toContain(SCHEDULED.id);
    expect(body, path).not.toContain(SCHEDULED.title);
  }
});
