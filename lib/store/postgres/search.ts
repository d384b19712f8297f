import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Article } from '../../content/types';
import type { SearchEngine } from '../search-port';
import { HEADLINE_START, HEADLINE_STOP, type SearchRequest, type Visibility } from '../port';
import type { Database } from '../schema';
import { candidateLimit, rankCandidates, type SearchCandidate } from '../search-rank';
import { searchFields } from '../search-text';

/**
 * PostgreSQL's own Indonesian text search: a tsvector per article (GIN-indexed), weighted where
 * it ranks, websearch_to_tsquery for the reader's words, ts_rank blended with recency, and
 * ts_headline's excerpt of each hit's body.
 */
export const postgresSearch: SearchEngine = {
  articleColumns(article, sectionName) {
    const f = searchFields(article, sectionName);
    // Title, tags, summary and section: the Indonesian stems with their positions and weights,
    // which ts_rank reads. The body's stems and every field's words as written ('simple', so a
    // reader's prefix "penem" finds "penempatan" as on SQLite) without positions: a body word
    // counts once, and the vector is about 0.6 of the size with them (decision 0017).
    const weighted = (text: string, weight: string) =>
      sql`setweight(to_tsvector('indonesian', ${text}), ${weight}::"char")`;
    const written = [f.title, f.tags, f.summary, f.section, f.body].join(' ');
    return {
      search: sql<string>`${weighted(f.title, 'A')} || ${weighted(f.tags, 'B')} ||
        ${weighted(f.summary, 'B')} || ${weighted(f.section, 'C')} ||
        strip(to_tsvector('indonesian', ${f.body}) || to_tsvector('simple', ${written}))`,
    };
  },
  async index() {
    // The vector is written with the article's row (articleColumns).
  },
  async remove() {
    // The vector lives on the article row and goes with it.
  },
  candidates: (db, request, v, mode) => newestMatches(db, tsQuery(request.terms, mode), request, v),
  headlines: (db, request, mode, hits) => headlines(db, tsQuery(request.terms, mode), hits),
  async search(db: Kysely<Database>, request: SearchRequest, v: Visibility) {
    const first = await run(db, tsQuery(request.terms, 'all'), request, v);
    if (first.totalHits > 0 || request.terms.length < 2) return { ...first, partial: false };
    const fallback = await run(db, tsQuery(request.terms, 'some'), request, v);
    return { ...fallback, partial: fallback.totalHits > 0 };
  },
};

const MIN_PREFIX_LENGTH = 3;

/** The reader's words as one tsquery: every word, or (the fallback) any of them. */
function tsQuery(terms: SearchRequest['terms'], mode: 'all' | 'some'): RawBuilder<unknown> {
  return sql.join(terms.map(termQuery), mode === 'all' ? sql` && ` : sql` || `);
}

/** One fragment of about the length lib/search/highlight.ts's snippet has, marked privately. */
const HEADLINE_OPTIONS = [
  `StartSel=${HEADLINE_START}`,
  `StopSel=${HEADLINE_STOP}`,
  'MaxWords=36',
  'MinWords=20',
  'ShortWord=3',
  'MaxFragments=1',
].join(', ');

/**
 * One reader's word: its Indonesian stem through websearch_to_tsquery, or the word as written
 * (as a prefix when long enough). The word is a bound parameter, never SQL text; for
 * to_tsquery it is one quoted lexeme of letters and digits only (lib/search/fold.ts folds a
 * reader's words so; anything else is dropped here too), so no word is tsquery syntax.
 */
function termQuery({ word }: SearchRequest['terms'][number]): RawBuilder<unknown> {
  const lexeme = tsLexeme(word, word.length >= MIN_PREFIX_LENGTH);
  const stem = sql`websearch_to_tsquery('indonesian', ${word})`;
  return lexeme ? sql`(${stem} || to_tsquery('simple', ${lexeme}))` : sql`(${stem})`;
}

/** A word as one quoted to_tsquery operand (":*" for a prefix); undefined when nothing is left. */
export function tsLexeme(word: string, prefix: boolean): string | undefined {
  const letters = word.replace(/[^\p{L}\p{N}]+/gu, '');
  if (!letters) return undefined;
  return `'${letters}'${prefix ? ':*' : ''}`;
}

/**
 * The newest visible matches, one more than the candidates to tell whether there are more: the
 * planner walks the publication index newest first for a common word and reads the GIN index
 * for a rarer one (then sorts the matches' publication times, not their vectors); lib/store
 * ranks them.
 */
async function run(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  request: SearchRequest,
  v: Visibility,
) {
  return rankCandidates(await newestMatches(db, query, request, v), request, v.now.getTime());
}

/** The candidates of run(), newest first. */
async function newestMatches(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  request: SearchRequest,
  v: Visibility,
): Promise<SearchCandidate[]> {
  // ts_rank outside the LIMIT: in one SELECT, a plan through the GIN index ranked every match in
  // the archive before keeping the newest (each rank reads the article's vector from TOAST: 340
  // ms for "banjir riau" at 100,000 articles, 36 ms ranking only the newest 1,001).
  const rows = await sql<{ id: string; published_at: string; relevance: number }>`select id,
      published_at, ts_rank(search, (${query})) as relevance
    from (
      select id, published_at, search from articles
      where search @@ (${query}) and published_at <= ${v.now.toISOString()} and withdrawn = 0
        ${v.includeDrafts ? sql`` : sql`and status = 'published'`}
      order by published_at desc, id
      limit ${candidateLimit(request) + 1}
    ) as newest
    order by published_at desc, id`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, publishedAt: r.published_at, relevance: r.relevance }));
}

/**
 * ts_headline over the body of one page of hits (a few rows, so the re-parse costs little): the
 * plain text of the records the store read, sent as parameters (the stored records are
 * deflated, lib/store/serialise.ts).
 */
async function headlines(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
  hits: readonly Pick<Article, 'id' | 'text'>[],
): Promise<ReadonlyMap<string, string>> {
  if (hits.length === 0) return new Map();
  const values = hits.map(({ id, text }) => sql`(${id}::text, ${text}::text)`);
  const rows = await sql<{ id: string; headline: string }>`select id,
      ts_headline('indonesian', body, (${query}), ${HEADLINE_OPTIONS}) as headline
    from (values ${sql.join(values)}) as hits(id, body)`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r.headline]));
}
