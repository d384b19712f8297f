import type { Kysely } from 'kysely';
import { monthOf, monthRange } from '../months';
import type { ListKind, SitemapChunk, SitemapEntry, SitemapMonth, Visibility } from '../port';
import type { Database } from '../schema';
import { type ArticleQuery, notAfter, scheduledOn, visible, visibleOn } from './visibility';

/** What sitemaps read: months with their counts and lastmods, a month's entries, chunks. */

function sitemapEntry(r: {
  id: string;
  slug: string;
  published_at: string;
  modified_at: string;
  image_src: string;
}): SitemapEntry {
  return {
    id: r.id,
    slug: r.slug,
    publishedAt: new Date(r.published_at),
    modifiedAt: new Date(r.modified_at),
    image: r.image_src,
  };
}

export async function listLastmods(
  db: Kysely<Database>,
  kind: ListKind,
  v: Visibility,
): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('list_stats')
    .select(['key', 'modified_at'])
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((r) => [r.key, notAfter(r.modified_at, v.now)]));
}

export async function sitemapMonths(db: Kysely<Database>, v: Visibility): Promise<SitemapMonth[]> {
  const [rows, scheduled] = await Promise.all([
    db
      .selectFrom('list_stats')
      .select(['key', 'count', 'modified_at'])
      .where('kind', '=', 'month')
      .where('key', '<=', monthOf(v.now))
      .orderBy('key')
      .execute(),
    db
      .selectFrom('articles as l')
      .select('l.published_at')
      .where(scheduledOn('l', v))
      .where('l.published_at', '<', monthRange(monthOf(v.now)).end)
      .execute(),
  ]);
  const notDue = new Map<string, number>();
  for (const r of scheduled) {
    const month = monthOf(new Date(r.published_at));
    notDue.set(month, (notDue.get(month) ?? 0) + 1);
  }
  // A month holding articles not due yet (only the current one, in practice): its newest
  // change among the due ones, read from its range of the index.
  const lastmods = new Map<string, Date>();
  for (const month of notDue.keys()) {
    const { start } = monthRange(month);
    const r = await db
      .selectFrom('articles as l')
      .select((eb) => eb.fn.max('l.modified_at').as('at'))
      .where(visibleOn('l', v, { listed: true }))
      .where('l.published_at', '>=', start)
      .executeTakeFirst();
    if (r?.at) lastmods.set(month, notAfter(String(r.at), v.now));
  }
  return rows
    .map((r) => ({
      month: r.key,
      count: Number(r.count) - (notDue.get(r.key) ?? 0),
      lastmod: lastmods.get(r.key) ?? notAfter(r.modified_at, v.now),
    }))
    .filter((m) => m.count > 0);
}

export async function sitemapMonth(
  db: Kysely<Database>,
  v: Visibility,
  month: string,
  limit: number,
  offset: number,
): Promise<SitemapEntry[]> {
  const { start, end } = monthRange(month);
  const rows = await db
    .selectFrom('articles as l')
    .select(['l.id', 'l.slug', 'l.published_at', 'l.modified_at', 'l.image_src'])
    .where(visibleOn('l', v, { listed: true }))
    .where('l.published_at', '>=', start)
    .where('l.published_at', '<', end)
    .orderBy('l.published_at', 'asc')
    .orderBy('l.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(sitemapEntry);
}

export async function sitemapChunk(
  db: Kysely<Database>,
  v: Visibility,
  size: number,
  cursor?: string,
): Promise<SitemapChunk> {
  let q = visible(db.selectFrom('articles') as ArticleQuery, v, { listed: true });
  if (cursor) {
    const [at = '', id = ''] = cursor.split('|');
    q = q.where((eb) =>
      eb.or([
        eb('articles.published_at', '<', at),
        eb.and([eb('articles.published_at', '=', at), eb('articles.id', '>', id)]),
      ]),
    );
  }
  const rows = await q
    .select([
      'articles.id',
      'articles.slug',
      'articles.published_at',
      'articles.modified_at',
      'articles.image_src',
    ])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'asc')
    .limit(size + 1)
    .execute();
  const entries = rows.slice(0, size).map(sitemapEntry);
  const last = rows[size - 1];
  return {
    entries,
    next: rows.length > size && last ? `${last.published_at}|${last.id}` : undefined,
  };
}
