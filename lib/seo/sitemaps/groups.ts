import {
  listAllArticles,
  listAuthors,
  listPages,
  listSections,
  listTags,
  type Article,
} from '../../content';
import { absoluteUrl, articlePath, authorPath, pagePath, sectionPath, tagPath } from '../../urls';
import type { SitemapGroups } from './plan';
import type { SitemapEntry } from './xml';

export function articleEntry(article: Article): SitemapEntry {
  return {
    loc: absoluteUrl(articlePath(article)),
    lastmod: article.modifiedAt,
    images: [absoluteUrl(article.image.src)],
  };
}

/** The newest modifiedAt per listing key (section, author, tag), in one pass over the corpus. */
function newestByKey(articles: Article[], keys: (a: Article) => string[]): Map<string, Date> {
  const newest = new Map<string, Date>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const seen = newest.get(key);
      if (!seen || article.modifiedAt > seen) newest.set(key, article.modifiedAt);
    }
  }
  return newest;
}

function entry(path: string, lastmod: Date | undefined): SitemapEntry {
  return lastmod ? { loc: absoluteUrl(path), lastmod } : { loc: absoluteUrl(path) };
}

/**
 * Every indexable URL, grouped for chunking. A listing page's lastmod is the newest change among
 * the articles it lists, so it moves only when what the page shows does.
 */
export async function sitemapGroups(): Promise<SitemapGroups> {
  const [articles, sections, authors, pages, tags] = await Promise.all([
    listAllArticles(),
    listSections(),
    listAuthors(),
    listPages(),
    listTags(),
  ]);
  const everything = newestByKey(articles, () => ['']);
  const bySection = newestByKey(articles, (a) => [a.section]);
  const byAuthor = newestByKey(articles, (a) => a.authors);
  const byTag = newestByKey(articles, (a) => a.tags.map((t) => t.slug));
  return {
    pages: [
      entry('/', everything.get('')),
      ...sections.map((s) => entry(sectionPath(s.id), bySection.get(s.id))),
      ...authors.map((a) => entry(authorPath(a.id), byAuthor.get(a.id))),
      ...pages.map((p) => entry(pagePath(p.slug), p.updatedAt)),
    ],
    tags: [...tags]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((t) => entry(tagPath(t.name), byTag.get(t.slug))),
    articles: [...articles].reverse().map(articleEntry),
  };
}
