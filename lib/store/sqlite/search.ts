import { type Kysely, sql, type Transaction } from 'kysely';
import type { SearchEngine } from '../kysely-store';
import type { SearchRequest, Visibility } from '../port';
import type { Database } from '../schema';
import { candidateLimit, rankCandidates } from '../search-rank';
import { searchFields, stemmedText } from '../search-text';

/** Column weights for bm25(): id (unindexed), title, tags, summary, section, body. */
const WEIGHTS = sql.raw('0, 4, 2.5, 2, 1.5, 1');
const MIN_PREFIX_LENGTH = 3;

/** One query word as FTS5 syntax: the word (a prefix when long enough) or any of its roots. */
function termQuery({ word, roots }: SearchRequest['terms'][number]): string {
  const options = new Set([`"${word}"${word.length >= MIN_PREFIX_LENGTH ? ' *' : ''}`]);
  for (const root of roots) options.add(`"${root}"`);
  return `(${[...options].join(' OR ')})`;
}

/**
 * The FTS5 rowid of an article: its publication time in milliseconds times 1,000 (plus one for
 * each article already filed in the same millisecond), so the index's own rowid order is
 * newest-first order and a query reads its newest matches without visiting the others.
 */
const ROWIDS_PER_MS = 1_000;

async function freeRowid(trx: Transaction<Database>, publishedAt: Date): Promise<number> {
  const base = publishedAt.getTime() * ROWIDS_PER_MS;
  // Asked of the articles' index on search_rowid: FTS5 answers a rowid range without MATCH by
  // scanning its whole index (an ingest of 100,000 slowed from 300 to 37 files/s).
  const taken = await sql<{ top: number | null }>`select max(search_rowid) as top from articles
    where search_rowid between ${base} and ${base + ROWIDS_PER_MS - 1}`.execute(trx);
  const top = taken.rows[0]?.top;
  return top === null || top === undefined ? base : top + 1;
}

/** FTS5 over stemmed text; the newest matches ranked by bm25 by field weight times recency. */
export const sqliteSearch: SearchEngine = {
  async index(trx, article, sectionName) {
    const fields = searchFields(article, sectionName);
    const rowid = await freeRowid(trx, article.publishedAt);
    await sql`insert into article_search (rowid, id, title, tags, summary, section, body) values (
      ${rowid}, ${article.id}, ${stemmedText(fields.title)}, ${stemmedText(fields.tags)},
      ${stemmedText(fields.summary)}, ${stemmedText(fields.section)}, ${stemmedText(fields.body)}
    )`.execute(trx);
    // Remembered on the article (indexed), so a hit finds its article and a later delete its FTS
    // row by rowid (the id column of an FTS5 table is not indexed: reading it per hit is slow).
    await trx
      .updateTable('articles')
      .set({ search_rowid: rowid })
      .where('id', '=', article.id)
      .execute();
  },
  async remove(trx, id) {
    await sql`delete from article_search
      where rowid = (select search_rowid from articles where id = ${id})`.execute(trx);
  },
  async search(db: Kysely<Database>, request: SearchRequest, v: Visibility) {
    const all = request.terms.map(termQuery).join(' AND ');
    const some = request.terms.map(termQuery).join(' OR ');
    const first = await run(db, all, request, v);
    if (first.totalHits > 0 || request.terms.length < 2) return { ...first, partial: false };
    const fallback = await run(db, some, request, v);
    return { ...fallback, partial: fallback.totalHits > 0 };
  },
};

/**
 * The newest visible matches, one more than the candidates to tell whether there are more: the
 * FTS index is read in rowid (publication) order, newest first, and stops there; each hit's
 * article is found through the index on `search_rowid`. `cross join` keeps the FTS table the
 * outer loop: with a plain join SQLite's planner drove from `articles` and ran the full-text
 * query once per article (238 ms instead of 2.9 ms at 1,000 articles). lib/store ranks them.
 */
async function run(db: Kysely<Database>, match: string, request: SearchRequest, v: Visibility) {
  const nowMs = v.now.getTime();
  const latest = (nowMs + 1) * ROWIDS_PER_MS - 1;
  const drafts = v.includeDrafts ? 1 : 0;
  const rows = await sql<{ id: string; published_at: string; relevance: number }>`select a.id as id,
      a.published_at as published_at, -bm25(article_search, ${WEIGHTS}) as relevance
    from article_search cross join articles a on a.search_rowid = article_search.rowid
    where article_search match ${match} and article_search.rowid <= ${latest}
      and a.published_at <= ${v.now.toISOString()} and a.withdrawn = 0
      and (a.status = 'published' or ${drafts} = 1)
    order by article_search.rowid desc
    limit ${candidateLimit(request) + 1}`.execute(db);
  return rankCandidates(
    rows.rows.map((r) => ({ id: r.id, publishedAt: r.published_at, relevance: r.relevance })),
    request,
    nowMs,
  );
}
