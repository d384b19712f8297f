import type { Article } from '../content/types';
import { monthOf } from '../store/months';
import type { StatsKeys } from '../store/writer-port';
import type { ArticleKeys, ContentChange } from './types';

/** What an ingest changed, in the terms of the listings it touches. */

export function articleKeys(article: Article): ArticleKeys {
  return {
    id: article.id,
    slug: article.slug,
    section: article.section,
    tags: article.tags.map((t) => t.slug),
    authors: article.authors,
    publishedAt: article.publishedAt.toISOString(),
    listed: article.status === 'published' && !article.withdrawn,
  };
}

/**
 * Whether two versions of an article count the same in every listing: the same keys (section,
 * tags, authors, month, visibility) and the same last change, so no kept count or lastmod moves.
 */
export function sameListings(
  a: { keys: ArticleKeys; article: Article },
  b: { keys: ArticleKeys; article: Article },
): boolean {
  return (
    JSON.stringify(a.keys) === JSON.stringify(b.keys) &&
    a.article.modifiedAt.getTime() === b.article.modifiedAt.getTime()
  );
}

/** The listings (sections, tags, authors, months) whose counts these article changes move. */
export function listingsTouched(changes: Extract<ContentChange, { kind: 'article' }>[]): StatsKeys {
  const keys: StatsKeys = {
    sections: new Set(),
    tags: new Set(),
    authors: new Set(),
    months: new Set(),
  };
  for (const change of changes) {
    for (const k of [change.before, change.after]) {
      if (!k) continue;
      keys.sections.add(k.section);
      for (const t of k.tags) keys.tags.add(t);
      for (const a of k.authors) keys.authors.add(a);
      keys.months.add(monthOf(new Date(k.publishedAt)));
    }
  }
  return keys;
}
