import { type Kysely, type Migration, sql } from 'kysely';
import { type Engine, emptyTables } from './shared';

/**
 * Which articles refer to which (`related` and the body's read-also blocks), so that deleting an
 * article names the files that still point at it without reading every article.
 */
export function articleReferences(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // Emptied like 0002: the ingest after the migration refills every table, references too.
      const tables = ['article_tags', 'article_authors', 'articles', 'authors', 'sections'];
      await emptyTables(db, [...tables, 'pages', 'source_files', 'meta', 'list_stats']);
      if (engine === 'sqlite') await sql`delete from article_search`.execute(db);
      await db.schema
        .createTable('article_refs')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('ref_id', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_refs_pk', ['article_id', 'ref_id', 'field'])
        .execute();
      await db.schema
        .createIndex('article_refs_ref')
        .on('article_refs')
        .columns(['ref_id', 'article_id'])
        .execute();
    },
  };
}
