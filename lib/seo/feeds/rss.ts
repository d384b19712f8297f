import { siteConfig } from '../../site-config';
import { absoluteUrl } from '../../urls';
import { child, finish, xmlDocument } from '../sitemaps/xml';
import type { FeedChannel, FeedItem } from './model';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/**
 * RSS 2.0 with the full article in content:encoded, every value escaped as XML text. Not the
 * `feed` package: it wraps text in CDATA and splits only the first "]]>", so a headline with two
 * could inject markup into the feed.
 */
export function rssXml(channel: FeedChannel, items: FeedItem[]): string {
  const doc = xmlDocument();
  const rss = child(doc, 'rss', undefined, {
    version: '2.0',
    'xmlns:atom': NS.atom,
    'xmlns:content': NS.content,
    'xmlns:dc': NS.dc,
    'xmlns:media': NS.media,
    'xml:base': absoluteUrl('/'),
  });
  const ch = child(rss, 'channel');
  child(ch, 'title', channel.title);
  child(ch, 'link', channel.homeUrl);
  child(ch, 'description', channel.description);
  child(ch, 'language', siteConfig.lang);
  child(ch, 'copyright', `© ${siteConfig.legalName}`);
  child(ch, 'lastBuildDate', channel.updated.toUTCString());
  child(ch, 'atom:link', undefined, {
    href: channel.selfUrl,
    rel: 'self',
    type: 'application/rss+xml',
  });
  if (channel.hub) child(ch, 'atom:link', undefined, { href: channel.hub, rel: 'hub' });
  const image = child(ch, 'image');
  child(image, 'url', absoluteUrl(siteConfig.logo.src));
  child(image, 'title', channel.title);
  child(image, 'link', channel.homeUrl);

  for (const item of items) {
    const node = child(ch, 'item');
    child(node, 'title', item.title);
    child(node, 'link', item.url);
    child(node, 'guid', item.id, { isPermaLink: 'false' });
    child(node, 'pubDate', item.published.toUTCString());
    for (const author of item.authors) child(node, 'dc:creator', author.name);
    for (const category of item.categories) {
      child(node, 'category', category.name, { domain: category.url });
    }
    // Readers render <description> as HTML, so it carries the summary escaped as HTML.
    child(node, 'description', item.summaryHtml);
    child(node, 'content:encoded', item.contentHtml);
    const media = child(node, 'media:content', undefined, {
      url: item.image.url,
      medium: 'image',
      type: item.image.type,
      width: String(item.image.width),
      height: String(item.image.height),
    });
    child(media, 'media:description', item.image.alt, { type: 'plain' });
  }
  return finish(doc);
}
