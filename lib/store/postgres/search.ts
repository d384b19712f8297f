import { type Kysely, sql } from 'kysely';
import type { SearchEngine } from '../kysely-store';
import type { SearchRequest, Visibility } from '../port';
import type { Database } from '../schema';
import { RECENCY, searchFields } from '../search-text';

/**
 * PostgreSQL's own Indonesian text search: a weighted tsvector per article (GIN-indexed),
 * websearch_to_tsquery for the reader's words, ts_rank blended with recency.
 */
export const postgresSearch: SearchEngine = {
  async index(trx, article, sectionName) {
    const f = searchFields(article, sectionName);
    await sql`update articles set search =
        setweight(to_tsvector('indonesian', ${f.title}), 'A') ||
        setweight(to_tsvector('indonesian', ${f.tags}), 'B') ||
        setweight(to_tsvector('indonesian', ${f.summary}), 'B') ||
        setweight(to_tsvector('indonesian', ${f.section}), 'C') ||
        setweight(to_tsvector('indonesian', ${f.body}), 'D')
      where id = ${article.id}`.execute(trx);
  },
  async remove() {
    // The vector lives on the article row and goes with it.
  },
  async search(db: Kysely<Database>, request: SearchRequest, v: Visibility) {
    const words = request.terms.map((t) => t.word);
    const first = await run(db, words.join(' '), request, v);
    if (first.totalHits > 0 || words.length < 2) return { ...first, partial: false };
    const fallback = await run(db, words.join(' or '), request, v);
    return { ...fallback, partial: fallback.totalHits > 0 };
  },
};

async function run(db: Kysely<Database>, query: string, request: SearchRequest, v: Visibility) {
  const nowIso = v.now.toISOString();
  const where = sql`search @@ websearch_to_tsquery('indonesian', ${query})
    and published_at <= ${nowIso} and withdrawn = 0 and (status = 'published' or ${v.includeDrafts})`;
  const counted = await sql<{
    n: string;
  }>`select count(*) as n from articles where ${where}`.execute(db);
  const totalHits = Number(counted.rows[0]?.n ?? 0);
  const { page, perPage } = request.page;
  const age = sql`greatest(0, extract(epoch from (${nowIso}::timestamptz - published_at::timestamptz)) / 86400)`;
  const rows = await sql<{ id: string }>`select id from articles where ${where}
    order by ts_rank(search, websearch_to_tsquery('indonesian', ${query}))
      * (1 + ${RECENCY.boost} * power(0.5, ${age} / ${RECENCY.halfLifeDays})) desc,
      published_at desc, id asc
    limit ${perPage} offset ${(page - 1) * perPage}`.execute(db);
  return { ids: rows.rows.map((r) => r.id), totalHits };
}
