import type { Kysely, RawBuilder } from 'kysely';
import type { Article } from '../../content/types';
import type { ArticleList, PageRequest, Paginated, Visibility } from '../port';
import type { Database } from '../schema';
import { reviveArticle } from '../serialise';
import { articlesByIds } from './records';
import { type ArticleQuery, scheduledOn, visible, visibleOn } from './visibility';

/** Articles one by id, and listings page by page: newest first, from one index each. */

function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The `list_stats` row that keeps a listing's count. */
const STATS_KEY = {
  all: () => ({ kind: 'all', key: '' }),
  section: (list: ArticleList) => ({
    kind: 'section',
    key: list.kind === 'section' ? list.sectionId : '',
  }),
  tag: (list: ArticleList) => ({ kind: 'tag', key: list.kind === 'tag' ? list.tagSlug : '' }),
  author: (list: ArticleList) => ({
    kind: 'author',
    key: list.kind === 'author' ? list.authorId : '',
  }),
} as const;

/**
 * Ids of one page of a listing, read in order from one index (articles by section or overall,
 * or the tag and author link rows, which carry their article's visibility columns); only
 * those ids' records are then read, so page 2,000 costs an index skip, not 20,000 records.
 */
export async function listIds(
  db: Kysely<Database>,
  list: ArticleList,
  v: Visibility,
  limit: number,
  offset: number,
): Promise<string[]> {
  if (list.kind === 'tag' || list.kind === 'author') {
    const base =
      list.kind === 'tag'
        ? db
            .selectFrom('article_tags as l')
            .select('l.article_id as id')
            .where('l.tag_slug', '=', list.tagSlug)
        : db
            .selectFrom('article_authors as l')
            .select('l.article_id as id')
            .where('l.author_id', '=', list.authorId);
    const rows = await base
      .where(visibleOn('l', v, { listed: true }))
      .orderBy('l.published_at', 'desc')
      .orderBy('l.article_id', 'asc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => r.id);
  }
  let q = db
    .selectFrom('articles as l')
    .select('l.id as id')
    .where(visibleOn('l', v, { listed: true }));
  if (list.kind === 'section') q = q.where('l.section', '=', list.sectionId);
  const rows = await q
    .orderBy('l.published_at', 'desc')
    .orderBy('l.id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => r.id);
}

/** How many live articles a listing has: the kept count less those not due yet. */
async function listTotal(db: Kysely<Database>, list: ArticleList, v: Visibility): Promise<number> {
  if (v.includeDrafts) return countWhere(db, list, visibleOn('l', v, { listed: true }));
  const { kind, key } = STATS_KEY[list.kind](list);
  const [stats, scheduled] = await Promise.all([
    db
      .selectFrom('list_stats')
      .select('count')
      .where('kind', '=', kind as 'all')
      .where('key', '=', key)
      .executeTakeFirst(),
    countWhere(db, list, scheduledOn('l', v)),
  ]);
  return Math.max(0, Number(stats?.count ?? 0) - scheduled);
}

/**
 * How many rows of the listing's index (its link table, or articles) meet `where`, which is
 * written on the alias `l`: the scheduled ones, or (drafts shown) the visible ones directly.
 */
async function countWhere(
  db: Kysely<Database>,
  list: ArticleList,
  where: RawBuilder<boolean>,
): Promise<number> {
  const rows =
    list.kind === 'tag'
      ? db.selectFrom('article_tags as l').where('l.tag_slug', '=', list.tagSlug)
      : list.kind === 'author'
        ? db.selectFrom('article_authors as l').where('l.author_id', '=', list.authorId)
        : list.kind === 'section'
          ? db.selectFrom('articles as l').where('l.section', '=', list.sectionId)
          : db.selectFrom('articles as l');
  const counted = await rows
    .where(where)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(counted?.n ?? 0);
}

export async function articleById(
  db: Kysely<Database>,
  id: string,
  v: Visibility,
): Promise<Article | undefined> {
  const row = await visible(db.selectFrom('articles') as ArticleQuery, v, { listed: false })
    .select('articles.doc')
    .where('articles.id', '=', id)
    .executeTakeFirst();
  return row && reviveArticle(row.doc);
}

export async function latest(
  db: Kysely<Database>,
  v: Visibility,
  limit: number,
  offset = 0,
): Promise<Article[]> {
  return articlesByIds(db, await listIds(db, { kind: 'all' }, v, limit, offset));
}

export async function latestSince(
  db: Kysely<Database>,
  v: Visibility,
  since: Date,
  limit: number,
): Promise<Article[]> {
  const rows = await db
    .selectFrom('articles as l')
    .select('l.id as id')
    .where(visibleOn('l', v, { listed: true }))
    .where('l.published_at', '>', since.toISOString())
    .orderBy('l.published_at', 'desc')
    .orderBy('l.id', 'asc')
    .limit(limit)
    .execute();
  return articlesByIds(
    db,
    rows.map((r) => r.id),
  );
}

export async function list(
  db: Kysely<Database>,
  listing: ArticleList,
  v: Visibility,
  { page, perPage }: PageRequest,
): Promise<Paginated<Article> | undefined> {
  if (!Number.isInteger(page) || page < 1) return undefined;
  const totalItems = await listTotal(db, listing, v);
  const totalPages = pageCount(totalItems, perPage);
  if (page > totalPages) return undefined;
  const ids = await listIds(db, listing, v, perPage, (page - 1) * perPage);
  const items = await articlesByIds(db, ids);
  return { items, page, totalPages, totalItems };
}

export async function countLive(db: Kysely<Database>, v: Visibility): Promise<number> {
  return listTotal(db, { kind: 'all' }, v);
}

export async function issuedIds(
  db: Kysely<Database>,
  v: Visibility,
  limit: number,
): Promise<string[]> {
  const rows = await visible(db.selectFrom('articles') as ArticleQuery, v, { listed: false })
    .select('articles.id')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
