import { siteConfig } from './site-config';
import { slugify } from './slug';

/** Every path the site links to is built here, so a URL scheme change is one edit. */

export function articlePath(article: { id: string; slug: string }): string {
  return `/berita/${article.id}/${article.slug}`;
}

export function sectionPath(sectionId: string, page = 1): string {
  return page > 1 ? `/kanal/${sectionId}/halaman/${page}` : `/kanal/${sectionId}`;
}

export function tagPath(tag: string, page = 1): string {
  const slug = slugify(tag);
  return page > 1 ? `/tag/${slug}/halaman/${page}` : `/tag/${slug}`;
}

export function authorPath(authorId: string, page = 1): string {
  return page > 1 ? `/penulis/${authorId}/halaman/${page}` : `/penulis/${authorId}`;
}

export function pagePath(slug: string): string {
  return `/${slug}`;
}

export function searchPath(query?: string, page = 1): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('halaman', String(page));
  const qs = params.toString();
  return qs ? `/cari?${qs}` : '/cari';
}

/** Absolute URL on the configured origin; what canonicals, feeds and sitemaps carry. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.url).toString();
}

export type FeedFormat = 'rss' | 'atom' | 'json';

const FEED_FILES: Record<FeedFormat, string> = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'feed.json',
};

/** The whole site's feed: "/feed/rss.xml", "/feed/atom.xml", "/feed/feed.json". */
export function feedPath(format: FeedFormat = 'rss'): string {
  return `/feed/${FEED_FILES[format]}`;
}

/** A section's RSS feed: "/feed/internasional/rss.xml". */
export function sectionFeedPath(sectionId: string): string {
  return `/feed/${sectionId}/rss.xml`;
}
