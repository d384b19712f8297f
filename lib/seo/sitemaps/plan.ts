import type { SitemapEntry } from './xml';

/** Google's limit is 50,000 URLs per file; smaller files regenerate faster and stay well under 50 MB. */
export const SITEMAP_MAX_URLS = 50_000;
/**
 * URLs per child sitemap (Yoast's figure; WordPress's own sitemaps take 2,000): a file costs the
 * same to render and fetch whatever the newsroom's rate, and a new article rewrites at most a
 * thousand lines (a month at a hundred a day is three files, the newest one growing).
 */
export const URLS_PER_SITEMAP = 1_000;

/** A child sitemap as the index lists it. */
export interface SitemapFile {
  /** File name under /sitemaps/, e.g. "articles-2024-12.xml". */
  name: string;
  /** The newest lastmod of its entries. */
  lastmod?: Date;
}

/**
 * What a child sitemap holds: the front page, sections, authors and standing pages (few, one
 * file); the n-th file of tags (by slug); or the n-th file of one month's articles (a month of
 * publication in site time, oldest first, so a new article only ever changes its own month).
 */
export type SitemapPart =
  | { kind: 'pages' }
  | { kind: 'tags'; index: number }
  | { kind: 'articles'; month: string; index: number };

export function newest(entries: { lastmod?: Date }[]): Date | undefined {
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

export function sitemapName(part: SitemapPart): string {
  if (part.kind === 'pages') return 'pages.xml';
  if (part.kind === 'tags') return `tags-${part.index + 1}.xml`;
  return part.index === 0
    ? `articles-${part.month}.xml`
    : `articles-${part.month}-${part.index + 1}.xml`;
}

/** The part a file name stands for; undefined for any name the plan never gives. */
export function parseSitemapName(name: string): SitemapPart | undefined {
  if (name === 'pages.xml') return { kind: 'pages' };
  const tags = /^tags-([1-9]\d{0,5})\.xml$/.exec(name);
  if (tags) return { kind: 'tags', index: Number(tags[1]) - 1 };
  const articles = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,5}))?\.xml$/.exec(name);
  if (articles)
    return {
      kind: 'articles',
      month: articles[1]!,
      index: articles[2] ? Number(articles[2]) - 1 : 0,
    };
  return undefined;
}

/**
 * Every child sitemap the index lists: pages.xml always (an empty corpus still has it), tag
 * files by `size`, and for each month with articles as many files as its count needs.
 */
export function planSitemaps(
  input: {
    pagesLastmod?: Date;
    tags: { lastmod?: Date }[];
    months: { month: string; count: number; lastmod: Date }[];
  },
  size = URLS_PER_SITEMAP,
): SitemapFile[] {
  return [
    { name: 'pages.xml', lastmod: input.pagesLastmod },
    ...chunk(input.tags, size).map((part, index) => ({
      name: sitemapName({ kind: 'tags', index }),
      lastmod: newest(part),
    })),
    ...input.months.flatMap(({ month, count, lastmod }) =>
      Array.from({ length: Math.ceil(count / size) }, (_, index) => ({
        name: sitemapName({ kind: 'articles', month, index }),
        lastmod,
      })),
    ),
  ];
}

export type { SitemapEntry };
