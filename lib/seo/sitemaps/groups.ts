import {
  listListingLastmods,
  listPages,
  listSections,
  listAuthors,
  listSitemapMonth,
  listTags,
} from '../../queries';
import type { SitemapEntry as StoreEntry } from '../../store/port';
import { absoluteUrl, articlePath, authorPath, pagePath, sectionPath, tagPath } from '../../urls';
import type { SitemapEntry } from './xml';

export function articleEntry(article: StoreEntry): SitemapEntry {
  return {
    loc: absoluteUrl(articlePath(article)),
    lastmod: article.modifiedAt,
    images: [absoluteUrl(article.image)],
  };
}

function entry(path: string, lastmod: Date | undefined): SitemapEntry {
  return lastmod ? { loc: absoluteUrl(path), lastmod } : { loc: absoluteUrl(path) };
}

/**
 * The front page, sections, authors and standing pages. A listing's lastmod is the newest change
 * among the articles it lists (kept per listing by the ingest), so it moves only when what the
 * page shows does.
 */
export async function pageEntries(): Promise<SitemapEntry[]> {
  const [sections, authors, pages, bySection, byAuthor, everything] = await Promise.all([
    listSections(),
    listAuthors(),
    listPages(),
    listListingLastmods('section'),
    listListingLastmods('author'),
    listListingLastmods('all'),
  ]);
  return [
    entry('/', everything.get('')),
    ...sections.map((s) => entry(sectionPath(s.id), bySection.get(s.id))),
    ...authors.map((a) => entry(authorPath(a.id), byAuthor.get(a.id))),
    ...pages.map((p) => entry(pagePath(p.slug), p.updatedAt)),
  ];
}

/** Tag pages in use, by slug. */
export async function tagEntries(): Promise<SitemapEntry[]> {
  const [tags, byTag] = await Promise.all([listTags(), listListingLastmods('tag')]);
  return [...tags]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((t) => entry(tagPath(t.name), byTag.get(t.slug)));
}

/** One file's worth of a month's articles, oldest first. */
export async function monthEntries(
  month: string,
  index: number,
  size: number,
): Promise<SitemapEntry[]> {
  return (await listSitemapMonth(month, size, index * size)).map(articleEntry);
}
