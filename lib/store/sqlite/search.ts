import { type Kysely, sql, type Transaction } from 'kysely';
import type { Article } from '../../content/types';
import type { SearchEngine } from '../search-port';
import type { SearchRequest, Visibility } from '../port';
import type { Database } from '../schema';
import { candidateLimit, rankCandidates, type SearchCandidate } from '../search-rank';
import { type StemmedFields, stemmedFields } from '../search-text';
import {
  type FtsTable,
  insertFtsRow,
  keepRecent,
  RECENT_SEARCH_ROWS,
  recentHoldsAll,
} from './recent-search';

/** Column weights for bm25(): title, tags, summary, section, body. */
const WEIGHTS = sql.raw('4, 2.5, 2, 1.5, 1');
const MIN_PREFIX_LENGTH = 3;
/**
 * A prefix that starts at most this many indexed words is searched as those words; one that
 * starts more ("pem") stays an FTS5 prefix query (same matches, but merged over the archive).
 */
const MAX_PREFIX_WORDS = 16;
/** Words per INSERT into search_words (one parameter each). */
const WORDS_PER_INSERT = 500;

type Term = SearchRequest['terms'][number];

/** One query word as FTS5 syntax: the word, the words it starts (or the prefix) or its roots. */
function termQuery({ word, roots }: Term, prefixed: readonly string[] | undefined): string {
  const options = new Set([ftsString(word)]);
  if (word.length >= MIN_PREFIX_LENGTH) {
    if (prefixed) for (const other of prefixed) options.add(ftsString(other));
    else options.add(`${ftsString(word)} *`);
  }
  for (const root of roots) options.add(ftsString(root));
  return `(${[...options].join(' OR ')})`;
}

/**
 * A word as an FTS5 string: inside double quotes (a quote doubled), so no word is FTS5 syntax
 * ("NEAR", "-", ":", "*", "^" are text there). Words are letters and digits already
 * (lib/search/fold.ts, lib/store/search-text.ts's searchableTerms); the quoting holds anyway.
 */
export function ftsString(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/**
 * The indexed words a reader's word starts (itself included), from search_words' index; undefined
 * when there are more than MAX_PREFIX_WORDS. Words are letters and digits (lib/search/fold.ts),
 * so they sit inside FTS5 quotes as they are.
 */
async function wordsStartingWith(db: Kysely<Database>, prefix: string) {
  const rows = await db
    .selectFrom('search_words')
    .select('word')
    .where('word', '>=', prefix)
    .where('word', '<', `${prefix}\u{10FFFF}`)
    .orderBy('word')
    .limit(MAX_PREFIX_WORDS + 1)
    .execute();
  return rows.length > MAX_PREFIX_WORDS ? undefined : rows.map((r) => r.word);
}

/** The reader's words as one FTS5 query: every word, or (the fallback) any of them. */
async function ftsMatch(
  db: Kysely<Database>,
  terms: readonly Term[],
  mode: 'all' | 'some',
): Promise<string> {
  const parts = await Promise.all(
    terms.map(async (term) =>
      termQuery(
        term,
        term.word.length >= MIN_PREFIX_LENGTH ? await wordsStartingWith(db, term.word) : undefined,
      ),
    ),
  );
  return parts.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** Every distinct word of some stemmed texts into the vocabulary (kept ones are left alone). */
async function fileWords(trx: Transaction<Database>, texts: string[]) {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.split(' ')) if (word) words.add(word);
  const all = [...words].map((word) => ({ word }));
  for (let i = 0; i < all.length; i += WORDS_PER_INSERT)
    await trx
      .insertInto('search_words')
      .values(all.slice(i, i + WORDS_PER_INSERT))
      .onConflict((c) => c.doNothing())
      .execute();
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

/** An article's FTS5 row; answers its rowid and stemmed texts (for the vocabulary). */
async function indexRow(trx: Transaction<Database>, article: Article, sectionName: string) {
  const text = stemmedFields(article, sectionName);
  const rowid = await freeRowid(trx, article.publishedAt);
  await insertFtsRow(trx, 'article_search', rowid, text);
  // Remembered on the article (indexed), so a hit finds its article and a later delete its FTS
  // row by rowid (the index holds no id, nor any text).
  await trx
    .updateTable('articles')
    .set({ search_rowid: rowid })
    .where('id', '=', article.id)
    .execute();
  return { rowid, text };
}

/** FTS5 over stemmed text; the newest matches ranked by bm25 by field weight times recency. */
export function sqliteSearchEngine(recentRows = RECENT_SEARCH_ROWS): SearchEngine {
  return {
    async index(trx, article, sectionName) {
      const { rowid, text } = await indexRow(trx, article, sectionName);
      await fileWords(trx, Object.values(text));
      await keepRecent(trx, recentRows, new Map([[rowid, text]]));
    },
    async indexMany(trx, items) {
      const written = new Map<number, StemmedFields>();
      for (const { article, sectionName } of items) {
        const row = await indexRow(trx, article, sectionName);
        written.set(row.rowid, row.text);
      }
      await fileWords(
        trx,
        [...written.values()].flatMap((text) => Object.values(text)),
      );
      await keepRecent(trx, recentRows, written);
    },
    async remove(trx, id) {
      for (const table of ['article_search', 'article_search_recent'] as const)
        await sql`delete from ${sql.table(table)}
          where rowid = (select search_rowid from articles where id = ${id})`.execute(trx);
      // The row goes next (or is filed again); it no longer counts towards the newest rows.
      await trx.updateTable('articles').set({ search_rowid: null }).where('id', '=', id).execute();
      await keepRecent(trx, recentRows, new Map());
    },
    async candidates(db, request, v, mode) {
      return candidates(db, await ftsMatch(db, request.terms, mode), request, v);
    },
    async search(db: Kysely<Database>, request: SearchRequest, v: Visibility) {
      const first = await run(db, await ftsMatch(db, request.terms, 'all'), request, v);
      if (first.totalHits > 0 || request.terms.length < 2) return { ...first, partial: false };
      const fallback = await run(db, await ftsMatch(db, request.terms, 'some'), request, v);
      return { ...fallback, partial: fallback.totalHits > 0 };
    },
  };
}

export const sqliteSearch = sqliteSearchEngine();

/**
 * The newest visible matches, one more than the candidates to tell whether there are more: the
 * FTS index is read in rowid (publication) order, newest first, and stops there; each hit's
 * article is found through the index on `search_rowid`. `cross join` keeps the FTS table the
 * outer loop: with a plain join SQLite's planner drove from `articles` and ran the full-text
 * query once per article (238 ms instead of 2.9 ms at 1,000 articles). Read from the newest
 * articles' index when they hold more matches than the candidates or are the whole archive
 * (the same candidates either way: it holds every row from its oldest on); lib/store ranks them.
 */
async function run(db: Kysely<Database>, match: string, request: SearchRequest, v: Visibility) {
  return rankCandidates(await candidates(db, match, request, v), request, v.now.getTime());
}

/** The candidates of run(), newest first, from the table that holds them. */
async function candidates(
  db: Kysely<Database>,
  match: string,
  request: SearchRequest,
  v: Visibility,
): Promise<SearchCandidate[]> {
  const recent =
    (await recentHoldsAll(db)) ||
    (await newestMatches(db, match, request, v, 'article_search_recent', false)).length >
      candidateLimit(request);
  return newestMatches(db, match, request, v, recent ? 'article_search_recent' : 'article_search');
}

/** The newest visible matches in one FTS5 table, with their bm25 relevance when `ranked`. */
async function newestMatches(
  db: Kysely<Database>,
  match: string,
  request: SearchRequest,
  v: Visibility,
  table: FtsTable,
  ranked = true,
): Promise<SearchCandidate[]> {
  const fts = sql.table(table);
  const relevance = ranked ? sql`-bm25(${fts}, ${WEIGHTS})` : sql`0`;
  const nowMs = v.now.getTime();
  const latest = (nowMs + 1) * ROWIDS_PER_MS - 1;
  const drafts = v.includeDrafts ? 1 : 0;
  const rows = await sql<{ id: string; published_at: string; relevance: number }>`select a.id as id,
      a.published_at as published_at, ${relevance} as relevance
    from ${fts} cross join articles a on a.search_rowid = ${fts}.rowid
    where ${fts} match ${match} and ${fts}.rowid <= ${latest}
      and a.published_at <= ${v.now.toISOString()} and a.withdrawn = 0
      and (a.status = 'published' or ${drafts} = 1)
    order by ${fts}.rowid desc
    limit ${candidateLimit(request) + 1}`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, publishedAt: r.published_at, relevance: r.relevance }));
}
