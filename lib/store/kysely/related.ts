import type { Kysely } from 'kysely';
import type { Article } from '../../content/types';
import type { Visibility } from '../port';
import type { Database } from '../schema';
import { listIds } from './listings';
import { articlesByIds } from './records';
import { visibleOn } from './visibility';

/** How many newest candidates each related-article rule looks at. */
const RELATED_CANDIDATES = 100;

/**
 * An article's related articles: candidates come from indexes (the named ids, the newest of each
 * shared tag and of the section); they are scored from their tag rows and only the chosen
 * records are read.
 */
export async function related(
  db: Kysely<Database>,
  article: Article,
  v: Visibility,
  limit: number,
): Promise<Article[]> {
  const tagSlugs = [...new Set(article.tags.map((t) => t.slug))];
  const named = article.related.length
    ? (
        await db
          .selectFrom('articles as l')
          .select('l.id as id')
          .where('l.id', 'in', article.related)
          .where(visibleOn('l', v, { listed: true }))
          .execute()
      ).map((r) => r.id)
    : [];
  const lists = await Promise.all([
    ...tagSlugs.map((tagSlug) => listIds(db, { kind: 'tag', tagSlug }, v, RELATED_CANDIDATES, 0)),
    listIds(db, { kind: 'section', sectionId: article.section }, v, RELATED_CANDIDATES, 0),
  ]);
  const candidates = [...new Set([...named, ...lists.flat()])].filter((id) => id !== article.id);
  if (!candidates.length) return [];
  const [rows, tagRows] = await Promise.all([
    db
      .selectFrom('articles')
      .select(['id', 'section', 'published_at'])
      .where('id', 'in', candidates)
      .execute(),
    tagSlugs.length
      ? db
          .selectFrom('article_tags')
          .select(['article_id', 'tag_slug'])
          .where('article_id', 'in', candidates)
          .where('tag_slug', 'in', tagSlugs)
          .execute()
      : [],
  ]);
  const sharedTags = new Map<string, number>();
  for (const r of tagRows) sharedTags.set(r.article_id, (sharedTags.get(r.article_id) ?? 0) + 1);
  const score = (r: { id: string; section: string }) =>
    (article.related.includes(r.id) ? 100 : 0) +
    (sharedTags.get(r.id) ?? 0) * 10 +
    (r.section === article.section ? 1 : 0);
  const chosen = rows
    .map((r) => ({ r, s: score(r) }))
    .filter(({ s }) => s > 0)
    .sort(
      (x, y) =>
        y.s - x.s ||
        (x.r.published_at < y.r.published_at ? 1 : x.r.published_at > y.r.published_at ? -1 : 0) ||
        (x.r.id < y.r.id ? -1 : x.r.id > y.r.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ r }) => r.id);
  return articlesByIds(db, chosen);
}
