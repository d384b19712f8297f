import { type Kysely, sql } from 'kysely';
import type { Engine } from '../migrations';
import type { Database } from '../schema';

/**
 * After a bulk ingest (thousands of articles written) on PostgreSQL: the tables vacuumed and
 * analysed (visibility map, the GIN index's pending list, the planner's statistics) here and
 * now, rather than by autovacuum while the build or the first readers run. On SQLite the
 * FTS5 index's segments (one or more per batch written) are merged into one, so a search reads
 * each word's newest entries from one list (at 100,000 articles: 7 s; the rows of its segment
 * index 17,585 → 3,289; the newest 1,001 candidates of "pemerintah" 2.8 → 1.1 ms).
 *
 * When the ingest wrote at least half of PostgreSQL's articles (a first fill, a rebuild), their
 * indexes are rebuilt first: rows come newest first, so B-tree pages split half full, and a GIN
 * index filled row by row is larger than one built at once (at 20,000 articles 0.84 KB an
 * article, the GIN index 24 → 16 MiB). CONCURRENTLY: readers and the other instances go on.
 */
/** The tables whose indexes a bulk fill leaves loose (rows written newest first). */
const REBUILT_AFTER_FILL = ['articles', 'article_tags', 'article_authors'] as const;

export async function settleAfterBulkLoad(
  db: Kysely<Database>,
  engine: Engine,
  written: number,
): Promise<void> {
  if (engine === 'sqlite') {
    // The pages of the merged segments are freed: the store gives them back to the file system
    // after this (KyselyContentStore's releaseFreePages).
    await sql`insert into article_search (article_search) values ('optimize')`.execute(db);
    return;
  }
  const { count } = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  if (written * 2 >= Number(count))
    for (const table of REBUILT_AFTER_FILL)
      await sql`reindex table concurrently ${sql.table(table)}`.execute(db);
  const tables = ['articles', 'article_tags', 'article_authors', 'article_refs', 'list_stats'];
  await sql`vacuum (analyze) ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}
