import { type Kysely, sql } from 'kysely';
import type { SearchEngine } from '../kysely-store';
import type { SearchRequest, Visibility } from '../port';
import type { Database } from '../schema';
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

/** FTS5 over stemmed text; rank is bm25 by field weight times recency (warta_recency()). */
export const sqliteSearch: SearchEngine = {
  async index(trx, article, sectionName) {
    const fields = searchFields(article, sectionName);
    const inserted = await trx
      .insertInto('article_search')
      .values({
        id: article.id,
        title: stemmedText(fields.title),
        tags: stemmedText(fields.tags),
        summary: stemmedText(fields.summary),
        section: stemmedText(fields.section),
        body: stemmedText(fields.body),
      })
      .executeTakeFirstOrThrow();
    // Remembered on the article, so a later delete finds the FTS row by rowid (the id column
    // of an FTS5 table is not indexed: deleting by it scans the whole index).
    await trx
      .updateTable('articles')
      .set({ search_rowid: Number(inserted.insertId) })
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

async function run(db: Kysely<Database>, match: string, request: SearchRequest, v: Visibility) {
  const nowIso = v.now.toISOString();
  const drafts = v.includeDrafts ? 1 : 0;
  const where = sql`article_search match ${match}
    and a.published_at <= ${nowIso} and a.withdrawn = 0 and (a.status = 'published' or ${drafts} = 1)`;
  const counted = await sql<{ n: number }>`select count(*) as n from article_search
    join articles a on a.id = article_search.id where ${where}`.execute(db);
  const totalHits = Number(counted.rows[0]?.n ?? 0);
  const { page, perPage } = request.page;
  const rows = await sql<{ id: string }>`select a.id as id from article_search
    join articles a on a.id = article_search.id where ${where}
    order by -bm25(article_search, ${WEIGHTS}) * warta_recency(a.published_at, ${v.now.getTime()}) desc,
      a.published_at desc, a.id asc
    limit ${perPage} offset ${(page - 1) * perPage}`.execute(db);
  return { ids: rows.rows.map((r) => r.id), totalHits };
}
