import { toIsoWib } from '../../dates';
import { siteConfig } from '../../site-config';
import { absoluteUrl } from '../../urls';
import { child, finish, xmlDocument } from '../sitemaps/xml';
import type { FeedChannel, FeedItem } from './model';

/** Atom (RFC 4287). Titles and summaries are type="text", so readers never parse them as HTML. */
export function atomXml(channel: FeedChannel, items: FeedItem[]): string {
  const doc = xmlDocument();
  const feed = child(doc, 'feed', undefined, {
    xmlns: 'http://www.w3.org/2005/Atom',
    'xml:lang': siteConfig.lang,
    'xml:base': absoluteUrl('/'),
  });
  child(feed, 'id', channel.homeUrl);
  child(feed, 'title', channel.title, { type: 'text' });
  child(feed, 'subtitle', channel.description, { type: 'text' });
  child(feed, 'updated', toIsoWib(channel.updated));
  child(feed, 'link', undefined, {
    rel: 'self',
    type: 'application/atom+xml',
    href: channel.selfUrl,
  });
  child(feed, 'link', undefined, { rel: 'alternate', type: 'text/html', href: channel.homeUrl });
  if (channel.hub) child(feed, 'link', undefined, { rel: 'hub', href: channel.hub });
  child(feed, 'logo', absoluteUrl(siteConfig.logo.src));
  child(feed, 'rights', `© ${siteConfig.legalName}`, { type: 'text' });
  child(child(feed, 'author'), 'name', siteConfig.name);

  for (const item of items) {
    const entry = child(feed, 'entry');
    child(entry, 'id', item.id);
    child(entry, 'title', item.title, { type: 'text' });
    child(entry, 'link', undefined, { rel: 'alternate', type: 'text/html', href: item.url });
    child(entry, 'link', undefined, {
      rel: 'enclosure',
      type: item.image.type,
      href: item.image.url,
    });
    child(entry, 'published', toIsoWib(item.published));
    child(entry, 'updated', toIsoWib(item.modified));
    for (const author of item.authors) {
      const node = child(entry, 'author');
      child(node, 'name', author.name);
      child(node, 'uri', author.url);
    }
    for (const category of item.categories)
      child(entry, 'category', undefined, { term: category.name });
    child(entry, 'summary', item.summary, { type: 'text' });
    child(entry, 'content', item.contentHtml, { type: 'html' });
  }
  return finish(doc);
}
