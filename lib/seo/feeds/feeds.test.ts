import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, testArticle, testAuthor, testSection } from '../test-article';
import { atomXml } from './atom';
import { jsonFeed } from './json-feed';
import { feedChannel, feedItem } from './model';
import { rssXml } from './rss';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['item', 'entry', 'category', 'link', 'dc:creator'].includes(name),
});

const article = testArticle({ title: HOSTILE_TEXT, summary: HOSTILE_TEXT });
const bodyHtml = `<p>${'&lt;b&gt; ]]&gt; ]]&gt; &amp;amp;'}</p>`;
const item = feedItem(article, [{ ...testAuthor, name: HOSTILE_TEXT }], testSection, bodyHtml);
const channel = feedChannel({
  homePath: '/',
  selfPath: '/feed/rss.xml',
  items: [item],
  now: new Date(),
});

describe('feeds', () => {
  it('RSS: values round-trip and the HTML fields are escaped HTML', () => {
    const xml = rssXml(channel, [item]);
    expect(xml).not.toContain('<![CDATA[');
    const rssItem = parser.parse(xml, true).rss.channel.item[0];
    expect(rssItem.title).toBe(HOSTILE_TEXT);
    expect(rssItem['dc:creator']).toEqual([HOSTILE_TEXT]);
    expect(rssItem.description).not.toContain('<');
    expect(rssItem['content:encoded']).toBe(item.contentHtml);
    expect(rssItem.pubDate).toBe('Mon, 23 Dec 2024 07:30:00 GMT');
    expect(rssItem.guid['#text']).toBe('https://www.riau24.com/berita/a1b2c3d4');
  });

  it('Atom: titles are text, content is HTML, all round-trip', () => {
    const entry = parser.parse(atomXml(channel, [item]), true).feed.entry[0];
    expect(entry.title['@type']).toBe('text');
    expect(entry.title['#text']).toBe(HOSTILE_TEXT);
    expect(entry.content['#text']).toBe(item.contentHtml);
    expect(entry.published).toBe('2024-12-23T14:30:00+07:00');
  });

  it('JSON Feed 1.1 carries the same item', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(channel, [item])));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0].title).toBe(HOSTILE_TEXT);
    expect(feed.items[0].content_html).toBe(item.contentHtml);
    expect(feed.items[0].tags).toEqual(['Hukum', 'Korea Utara']);
  });

  it('puts the hero image in the content with an absolute URL', () => {
    expect(item.contentHtml.startsWith('<figure><img src="https://www.riau24.com/images/')).toBe(
      true,
    );
    expect(item.contentHtml.endsWith(bodyHtml)).toBe(true);
  });
});

describe('feeds advertise the WebSub hub when one is configured', () => {
  const hub = 'https://hub.example.org/';
  const withHub = { ...channel, hub };

  it('RSS and Atom carry a rel="hub" link, JSON Feed a hubs entry', () => {
    const rssLinks = parser.parse(rssXml(withHub, [item]), true).rss.channel['atom:link'];
    expect([rssLinks].flat()).toContainEqual({ '@href': hub, '@rel': 'hub' });
    const atomLinks = parser.parse(atomXml(withHub, [item]), true).feed.link;
    expect(atomLinks).toContainEqual({ '@rel': 'hub', '@href': hub });
    expect(jsonFeed(withHub, [item]).hubs).toEqual([{ type: 'WebSub', url: hub }]);
  });

  it('and none without it', () => {
    expect(rssXml(channel, [item])).not.toContain('rel="hub"');
    expect(atomXml(channel, [item])).not.toContain('rel="hub"');
    expect(jsonFeed(channel, [item]).hubs).toBeUndefined();
  });
});
