import { type Kysely, type Migration, sql } from 'kysely';
import { type Engine, emptyTables } from './shared';

/** SQLite's page size from 0008 (bytes). */
const PAGE_SIZE = 16_384;

/** Out of WAL mode, without waiting for other processes: false when one holds the file. */
async function leftWal(db: Kysely<unknown>): Promise<boolean> {
  const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
  await sql`pragma busy_timeout = 0`.execute(db);
  try {
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode = delete`.execute(db);
    return rows[0]?.journal_mode === 'delete';
  } catch {
    return false;
  } finally {
    await sql`pragma busy_timeout = ${sql.lit(timeout.rows[0]?.timeout ?? 0)}`.execute(db);
  }
}

/**
 * The store holds what the archive needs, not copies of it (at 20,000 articles SQLite held 5.5
 * and PostgreSQL 3.6 times the Markdown):
 * - an article's record is deflated JSON (lib/store/serialise.ts; PostgreSQL: `bytea`): it holds
 *   the body as Markdown and as plain text. PostgreSQL's excerpts are made from the text of the
 *   records the store reads for a page of hits (lib/store/postgres/search.ts);
 * - SQLite's FTS5 tables are contentless (`content=''`, `contentless_delete=1`): they held a
 *   second copy of every article's stemmed text beside the index; a hit is read by rowid
 *   (articles.search_rowid) and excerpts come from the record (lib/search/highlight.ts), so
 *   nothing read that copy. The unindexed `id` column goes with it;
 * - SQLite's file has 16 KB pages, and gives back the pages a bulk ingest frees (auto_vacuum
 *   incremental, run after the FTS index is merged: KyselyContentStore's settleAfterBulkLoad);
 * - PostgreSQL writes an article's tsvector with its row instead of updating the row after it
 *   (lib/store/search-port.ts's articleColumns), and compresses it with lz4 where the server
 *   has it (pglz gives up on a tsvector); its tables are truncated, so the ingest that follows
 *   writes them without the dead rows and doubled index entries of the old way.
 * Like 0002, the tables are emptied and the ingest that follows refills them.
 */
export function compactStore(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      const all = [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats'];
      if (engine === 'postgres') {
        await sql`truncate table ${sql.join(all.map((t) => sql.table(t)))}`.execute(db);
        await sql`alter table articles alter column doc type bytea using convert_to(doc, 'UTF8')`.execute(
          db,
        );
        const { rows } = await sql<{ lz4: boolean }>`select 'lz4' = any(enumvals) as lz4
          from pg_settings where name = 'default_toast_compression'`.execute(db);
        if (rows[0]?.lz4)
          await sql`alter table articles alter column search set compression lz4`.execute(db);
        return;
      }
      await emptyTables(db, all);
      for (const table of ['article_search', 'article_search_recent'])
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      for (const table of ['article_search', 'article_search_recent'])
        await sql`create virtual table ${sql.table(table)} using fts5(
          title, tags, summary, section, body, content = '', contentless_delete = 1,
          tokenize = 'unicode61 remove_diacritics 2'
        )`.execute(db);
      // Both take effect with the VACUUM that follows (SQLite runs migrations outside a
      // transaction; the tables are empty, so it rewrites next to nothing). A record of about
      // 2.2 KB filled one 4 KB page alone (the articles table took 3.5 KB an article); 16 KB
      // pages hold seven. The page size changes only out of WAL mode, which another process
      // holding the file open prevents: then the file keeps its page size, nothing else differs.
      if (await leftWal(db)) await sql`pragma page_size = ${sql.lit(PAGE_SIZE)}`.execute(db);
      await sql`pragma auto_vacuum = incremental`.execute(db);
      await sql`vacuum`.execute(db);
      await sql`pragma journal_mode = wal`.execute(db);
    },
  };
}
