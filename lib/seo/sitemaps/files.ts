import { listSitemapMonths } from '../../queries';
import { absoluteUrl } from '../../urls';
import { monthEntries, pageEntries, tagEntries } from './groups';
import { chunk, newest, parseSitemapName, planSitemaps, URLS_PER_SITEMAP } from './plan';
import type { SitemapEntry, SitemapRef } from './xml';

/**
 * The sitemap index and its children, each from bounded, indexed reads: the index from the
 * per-month counts the ingest keeps (one row per month), an article file from one month's range
 * of the publication index, never the whole archive.
 */

export function sitemapFilePath(name: string): string {
  return `/sitemaps/${name}`;
}

export async function listSitemapFiles() {
  const [pages, tags, months] = await Promise.all([
    pageEntries(),
    tagEntries(),
    listSitemapMonths(),
  ]);
  return planSitemaps({ pagesLastmod: newest(pages), tags, months }, URLS_PER_SITEMAP);
}

export async function sitemapRefs(): Promise<SitemapRef[]> {
  return (await listSitemapFiles()).map((f) => ({
    loc: absoluteUrl(sitemapFilePath(f.name)),
    lastmod: f.lastmod,
  }));
}

/** The entries of one child sitemap; undefined for a name the index does not list. */
export async function sitemapFileEntries(name: string): Promise<SitemapEntry[] | undefined> {
  const part = parseSitemapName(name);
  if (!part) return undefined;
  if (part.kind === 'pages') return pageEntries();
  if (part.kind === 'tags') {
    const files = chunk(await tagEntries(), URLS_PER_SITEMAP);
    return files[part.index];
  }
  const entries = await monthEntries(part.month, part.index, URLS_PER_SITEMAP);
  return entries.length ? entries : undefined;
}
