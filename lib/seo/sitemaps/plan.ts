import type { SitemapEntry } from './xml';

/** Google's limit is 50,000 URLs per file; smaller files regenerate faster and stay well under 50 MB. */
export const SITEMAP_MAX_URLS = 50_000;
export const URLS_PER_SITEMAP = 10_000;

export interface SitemapGroups {
  /** Front page, sections, authors and standing pages: few, so never chunked. */
  pages: SitemapEntry[];
  tags: SitemapEntry[];
  /** Oldest first, so that new articles only ever change the last file. */
  articles: SitemapEntry[];
}

export interface SitemapFile {
  /** File name under /sitemaps/, e.g. "articles-3.xml". */
  name: string;
  entries: SitemapEntry[];
  /** The newest lastmod of its entries. */
  lastmod?: Date;
}

function newest(entries: SitemapEntry[]): Date | undefined {
  let best: Date | undefined;
  for (const { lastmod } of entries) {
    if (lastmod && (!best || lastmod > best)) best = lastmod;
  }
  return best;
}

export function chunk<T>(items: T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > SITEMAP_MAX_URLS) {
    throw new RangeError(`sitemap chunk size must be 1..${SITEMAP_MAX_URLS}, got ${size}`);
  }
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function files(prefix: string, entries: SitemapEntry[], size: number): SitemapFile[] {
  return chunk(entries, size).map((part, i) => ({
    name: `${prefix}-${i + 1}.xml`,
    entries: part,
    lastmod: newest(part),
  }));
}

/** Every child sitemap the index lists. An empty group has no file (an empty corpus still has pages.xml). */
export function planSitemaps(groups: SitemapGroups, size = URLS_PER_SITEMAP): SitemapFile[] {
  return [
    ...chunk(groups.pages, size).map((part, i) => ({
      name: i === 0 ? 'pages.xml' : `pages-${i + 1}.xml`,
      entries: part,
      lastmod: newest(part),
    })),
    ...files('tags', groups.tags, size),
    ...files('articles', groups.articles, size),
  ];
}
