import { type SelectQueryBuilder, sql } from 'kysely';
import type { Visibility } from '../port';
import type { Database } from '../schema';

/** What may be shown, written once for every query of both engines. */

export type ArticleQuery = SelectQueryBuilder<Database, 'articles', object>;

export function visible<Q extends ArticleQuery>(
  query: Q,
  v: Visibility,
  { listed }: { listed: boolean },
): Q {
  return query.where(visibleOn('articles', v, { listed })) as Q;
}

/**
 * What may be shown, on `table` (articles, or a tag or author link row, which carry the same
 * visibility columns): due, published unless drafts are shown, and for lists not withdrawn.
 */
export function visibleOn(table: string, v: Visibility, { listed }: { listed: boolean }) {
  const c = (name: string) => sql.ref(`${table}.${name}`);
  const parts = [sql`${c('published_at')} <= ${v.now.toISOString()}`];
  if (!v.includeDrafts) parts.push(sql`${c('status')} = 'published'`);
  if (listed) parts.push(sql`${c('withdrawn')} = 0`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** Published, not withdrawn, but not due yet: what the kept counts hold beyond the live ones. */
export function scheduledOn(table: string, v: Visibility) {
  const c = (name: string) => sql.ref(`${table}.${name}`);
  return sql<boolean>`(${c('withdrawn')} = 0 and ${c('status')} = 'published' and ${c('published_at')} > ${v.now.toISOString()})`;
}

/** A kept instant, never after `now` (a lastmod is never in the future). */
export const notAfter = (iso: string, now: Date) =>
  new Date(Math.min(Date.parse(iso), now.getTime()));
