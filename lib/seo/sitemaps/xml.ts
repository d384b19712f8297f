import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { toIsoWib } from '../../dates';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date;
  /** Absolute image URLs (Google reads image:loc only). */
  images?: string[];
}

export interface SitemapRef {
  loc: string;
  lastmod?: Date;
}

/** A new XML document; characters XML 1.0 forbids are dropped rather than failing the file. */
export function xmlDocument(): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

/**
 * xmlbuilder2 leaves an "&" that starts something entity-shaped ("&nbsp;", "&amp;") unescaped,
 * so "&nbsp;" in a headline would make the file invalid and "&amp;" would lose a level. Every
 * "&" is escaped first; xmlbuilder2 then keeps the resulting "&amp;" as it is.
 */
function escapeAmpersands(value: string): string {
  return value.replaceAll('&', '&amp;');
}

/** Appends <name attributes…>text</name>; text and attribute values are taken literally. */
export function child(
  parent: XMLBuilder,
  name: string,
  text?: string,
  attributes: Record<string, string> = {},
): XMLBuilder {
  const escaped = Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, escapeAmpersands(value)]),
  );
  const node = parent.ele(name, escaped);
  if (text !== undefined) node.txt(escapeAmpersands(text));
  return node;
}

export function finish(doc: XMLBuilder): string {
  return doc.end({ prettyPrint: true });
}

export function w3cDate(date: Date): string {
  return toIsoWib(date);
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const doc = xmlDocument();
  const urlset = child(doc, 'urlset', undefined, { xmlns: SITEMAP_NS, 'xmlns:image': IMAGE_NS });
  for (const entry of entries) {
    const url = child(urlset, 'url');
    child(url, 'loc', entry.loc);
    if (entry.lastmod) child(url, 'lastmod', w3cDate(entry.lastmod));
    for (const image of entry.images ?? []) {
      child(child(url, 'image:image'), 'image:loc', image);
    }
  }
  return finish(doc);
}

export function sitemapIndexXml(sitemaps: SitemapRef[]): string {
  const doc = xmlDocument();
  const index = child(doc, 'sitemapindex', undefined, { xmlns: SITEMAP_NS });
  for (const sitemap of sitemaps) {
    const node = child(index, 'sitemap');
    child(node, 'loc', sitemap.loc);
    if (sitemap.lastmod) child(node, 'lastmod', w3cDate(sitemap.lastmod));
  }
  return finish(doc);
}
