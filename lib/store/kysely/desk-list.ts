import { type Kysely, sql } from 'kysely';
import { END_OF_TIME } from '../../now';
import type { DeskListPage, DeskListRequest, DeskStatus, Visibility } from '../port';
import type { Database } from '../schema';
import type { SearchEngine } from '../search-port';
import { rankCandidates } from '../search-rank';
import { searchableTerms } from '../search-text';
import { articlesByIds } from './records';

/**
 * The newsroom desk's article list on both engines: every stored article whatever its status,
 * newest first, one page at a time (one more row read to tell whether another page follows).
 * Each filter alone, and a section or author with a status, is one index read in order
 * (0002's listing indexes, 0013's desk indexes); only the page's records are then read.
 */

/** Every status, as the desk reads it: the record's status, the withdrawn flag, the time. */
function statusOn(table: string, status: DeskStatus, now: Date) {
  const c = (name: string) => sql.ref(`${table}.${name}`);
  const at = now.toISOString();
  switch (status) {
    case 'draft':
      return sql<boolean>`${c('status')} = 'draft'`;
    case 'withdrawn':
      return sql<boolean>`(${c('withdrawn')} = 1 and ${c('status')} = 'published')`;
    case 'scheduled':
      return sql<boolean>`(${c('withdrawn')} = 0 and ${c('status')} = 'published' and ${c('published_at')} > ${at})`;
    case 'live':
      return sql<boolean>`(${c('withdrawn')} = 0 and ${c('status')} = 'published' and ${c('published_at')} <= ${at})`;
  }
}

/** Ids in list order, `limit` of them after `offset`, restricted to `within` when given. */
async function listedIds(
  db: Kysely<Database>,
  request: DeskListRequest,
  limit: number,
  offset: number,
  within?: readonly string[],
): Promise<{ id: string; published_at: string }[]> {
  const { status, section, author, now } = request;
  if (author !== undefined) {
    // The author's link rows carry their article's status columns: one index, in order.
    let q = db
      .selectFrom('article_authors as l')
      .select(['l.article_id as id', 'l.published_at as published_at'])
      .where('l.author_id', '=', author);
    if (status) q = q.where(statusOn('l', status, now));
    if (section !== undefined) {
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('articles as a')
            .select('a.id')
            .whereRef('a.id', '=', 'l.article_id')
            .where('a.section', '=', section),
        ),
      );
    }
    if (within) q = q.where('l.article_id', 'in', within);
    if (request.ids) q = q.where('l.article_id', 'in', request.ids);
    return q
      .orderBy('l.published_at', 'desc')
      .orderBy('l.article_id', 'asc')
      .limit(limit)
      .offset(offset)
      .execute();
  }
  let q = db.selectFrom('articles as l').select(['l.id as id', 'l.published_at as published_at']);
  if (status) q = q.where(statusOn('l', status, now));
  if (section !== undefined) q = q.where('l.section', '=', section);
  if (within) q = q.where('l.id', 'in', within);
  if (request.ids) q = q.where('l.id', 'in', request.ids);
  return q
    .orderBy('l.published_at', 'desc')
    .orderBy('l.id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Every article, whatever its status or time (the engines' search leaves withdrawn ones out). */
const ANY: Visibility = { now: END_OF_TIME, includeDrafts: true };

/**
 * A search: the engine's newest matches of every word (else of any, as the reader search falls
 * back), narrowed by the filters in one query on their ids, ranked as the reader search ranks.
 */
async function searched(
  db: Kysely<Database>,
  engine: SearchEngine,
  request: DeskListRequest,
): Promise<DeskListPage> {
  const terms = searchableTerms(request.terms ?? []);
  if (!terms.length) return { articles: [], more: false };
  const { offset, limit } = request;
  // The reader search ranks pages; the desk's page starts after its own drafts, anywhere.
  const search = { terms, page: { page: 1, perPage: offset + limit } };
  let found = await engine.candidates(db, search, ANY, 'all');
  if (!found.length && terms.length > 1) found = await engine.candidates(db, search, ANY, 'some');
  if (!found.length) return { articles: [], more: false };
  const filtered =
    request.status ||
    request.section !== undefined ||
    request.author !== undefined ||
    request.ids !== undefined;
  const kept = filtered
    ? new Set(
        (await listedIds(db, request, found.length, 0, [...new Set(found.map((c) => c.id))])).map(
          (r) => r.id,
        ),
      )
    : undefined;
  const candidates = kept ? found.filter((c) => kept.has(c.id)) : found;
  const ranked = rankCandidates(candidates, search, request.now.getTime());
  return {
    articles: await articlesByIds(db, ranked.ids.slice(offset)),
    more: ranked.totalHits > offset + limit,
  };
}

export async function deskList(
  db: Kysely<Database>,
  engine: SearchEngine,
  request: DeskListRequest,
): Promise<DeskListPage> {
  const { offset, limit } = request;
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) {
    return { articles: [], more: false };
  }
  if (request.ids?.length === 0) return { articles: [], more: false };
  if (request.terms?.length) return searched(db, engine, request);
  const rows = await listedIds(db, request, limit + 1, offset);
  return {
    articles: await articlesByIds(
      db,
      rows.slice(0, limit).map((r) => r.id),
    ),
    more: rows.length > limit,
  };
}
