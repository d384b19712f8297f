import { type Kysely, type Migration, sql } from 'kysely';
import { type Engine, emptyTables } from './shared';

/**
 * Search that stays fast at any archive size (lib/store/search-rank.ts): on SQLite an FTS5 row's
 * rowid is its article's publication time, so a query reads its newest matches first and stops,
 * and a hit finds its article through an index on `search_rowid`. The old rowids were arbitrary:
 * the tables are emptied like 0002 and the ingest that follows refills them. PostgreSQL keeps its
 * rows: its search walks the publication index it already has.
 */
export function newestFirstSearch(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'sqlite') return;
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      await emptyTables(db, [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats']);
      await sql`delete from article_search`.execute(db);
      await db.schema
        .createIndex('articles_search_rowid')
        .on('articles')
        .column('search_rowid')
        .execute();
    },
  };
}
