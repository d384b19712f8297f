import { type Kysely, type Migration, sql } from 'kysely';

/**
 * PostgreSQL's search vector keeps positions only where ts_rank uses them (title, tags, summary,
 * section); the body's stems and the words as written are kept without (lib/store/postgres/
 * search.ts, decision 17). A vector is written with its article's row, so the content tables are
 * truncated and the ingest that follows (openStore reports a rebuild) writes every row anew,
 * without the dead versions an update of each row would leave. PostgreSQL's only (SQLite's index
 * is unchanged). Accounts, sessions and old addresses are other tables and are kept.
 */
export function rankedSearchPositions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      const all = [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats'];
      await sql`truncate table ${sql.join(all.map((t) => sql.table(t)))}`.execute(db);
    },
  };
}
