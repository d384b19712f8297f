/**
 * The newest articles' own FTS5 table (article_search_recent, migration 0005), kept by every
 * write of the search index: where a common word is ranked (lib/store/sqlite/search.ts).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { reviveArticle, reviveJson } from '../serialise';
import type { Section } from '../../content/types';
import type { Database } from '../schema';
import { SEARCH_CANDIDATES } from '../search-rank';
import { type StemmedFields, stemmedFields } from '../search-text';

/**
 * How many of the newest articles article_search_recent holds (0005): bm25() weighs each query
 * word by how many articles hold it, counted over its whole table on every query (13 of the
 * 14 ms of "pemerintah" at 100,000 articles). A word common enough to have more than the
 * candidates among the newest articles is ranked there, at the cost of a table this size; a
 * rarer one is read from the whole index (its counts are small).
 */
export const RECENT_SEARCH_ROWS = 2 * SEARCH_CANDIDATES;

export type FtsTable = 'article_search' | 'article_search_recent';

/**
 * One row of an FTS5 table. Both tables are contentless (0007): they hold the index only, not
 * the text filed, so a row is written with its text and deleted by its rowid alone.
 */
export async function insertFtsRow(
  trx: Transaction<Database>,
  table: FtsTable,
  rowid: number,
  text: StemmedFields,
) {
  await sql`insert into ${sql.table(table)} (rowid, title, tags, summary, section, body) values (
    ${rowid}, ${text.title}, ${text.tags}, ${text.summary}, ${text.section}, ${text.body}
  )`.execute(trx);
}

/**
 * The text of an article filed under `rowid` made again from its record: a contentless index
 * cannot give back what it filed (an older row let into the newest articles by a deletion).
 */
async function refiledText(trx: Transaction<Database>, rowid: number) {
  const row = await trx
    .selectFrom('articles')
    .leftJoin('sections', 'sections.id', 'articles.section')
    .select(['articles.doc as doc', 'sections.doc as section'])
    .where('articles.search_rowid', '=', rowid)
    .executeTakeFirst();
  if (!row) return undefined;
  const article = reviveArticle(row.doc);
  const name = row.section === null ? article.section : reviveJson<Section>(row.section).name;
  return stemmedFields(article, name);
}

/**
 * article_search_recent made the rows of article_search from the `rows`-th newest on (all of
 * them in a smaller index): rows that fell below that floor deleted, rows at or above it that
 * it lacks (just `written`, with their text, or older ones let in by a deletion) filed. The rowids come from
 * the articles' index on search_rowid and each FTS5 row is reached by its rowid: an FTS5 scan
 * of a rowid range read the whole table (200 ms at 100,000 articles).
 */
export async function keepRecent(
  trx: Transaction<Database>,
  rows: number,
  written: ReadonlyMap<number, StemmedFields>,
) {
  const rowidsFrom = (from: number, below: number) =>
    trx
      .selectFrom('articles')
      .select('search_rowid')
      .where('search_rowid', '>=', from)
      .where('search_rowid', '<', below)
      .execute()
      .then((found) => found.map((r) => Number(r.search_rowid)));
  const nth = await trx
    .selectFrom('articles')
    .select('search_rowid')
    .where('search_rowid', 'is not', null)
    .orderBy('search_rowid', 'desc')
    .limit(1)
    .offset(rows - 1)
    .executeTakeFirst();
  const floor = nth ? Number(nth.search_rowid) : Number.MIN_SAFE_INTEGER;
  const oldest = (
    await sql<{ rowid: number }>`select rowid from article_search_recent
      order by rowid limit 1`.execute(trx)
  ).rows[0]?.rowid;
  const leaving = oldest === undefined || oldest >= floor ? [] : await rowidsFrom(oldest, floor);
  const entering = new Set([...written.keys()].filter((rowid) => rowid >= floor));
  if (oldest === undefined || floor < oldest)
    for (const rowid of await rowidsFrom(floor, oldest ?? Number.MAX_SAFE_INTEGER))
      entering.add(rowid);
  for (const rowid of leaving)
    await sql`delete from article_search_recent where rowid = ${rowid}`.execute(trx);
  // Rows it lacks only (new ones, and the run below its oldest): a contentless table would file
  // a second text under a rowid it holds.
  for (const rowid of entering) {
    const text = written.get(rowid) ?? (await refiledText(trx, rowid));
    if (text) await insertFtsRow(trx, 'article_search_recent', rowid, text);
  }
}

/** Whether article_search_recent holds the whole index (an archive of at most its size). */
export async function recentHoldsAll(db: Kysely<Database>) {
  const oldest = (table: FtsTable) =>
    sql`(select rowid from ${sql.table(table)} order by rowid limit 1)`;
  const { rows } = await sql<{ all: number }>`select ${oldest('article_search')} is
    ${oldest('article_search_recent')} as "all"`.execute(db);
  return rows[0]?.all === 1;
}
