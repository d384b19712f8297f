import { type Kysely, type Migration, sql } from 'kysely';
import { type Engine, emptyTables } from './shared';

/**
 * Listings that stay fast at any archive size: the tag and author link rows carry their
 * article's visibility columns, so a tag or author page (any page of it) is read from one index
 * in order; the section and "all" indexes lead with the visibility columns for the same reason;
 * `list_stats` holds each section's, tag's and author's count and newest change, kept by the
 * ingest, so tag counts and sitemap lastmods need no GROUP BY over the archive per request.
 * The store is a cache of the Markdown files: its rows are cleared and the ingest that follows
 * the migration fills it again (openStore reports a rebuild).
 */
export function scalableListings(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'articles', 'authors', 'sections'];
      await emptyTables(db, [...tables, 'pages', 'source_files', 'meta']);
      if (engine === 'sqlite') {
        await sql`delete from article_search`.execute(db);
        await db.schema.alterTable('articles').addColumn('search_rowid', 'integer').execute();
      }
      await db.schema
        .alterTable('articles')
        .addColumn('image_src', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      for (const table of ['article_tags', 'article_authors']) {
        await db.schema
          .alterTable(table)
          .addColumn('published_at', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
        await db.schema
          .alterTable(table)
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
          .execute();
        await db.schema
          .alterTable(table)
          .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      }
      for (const index of [
        'articles_section_published',
        'article_tags_tag',
        'article_authors_author',
      ])
        await db.schema.dropIndex(index).execute();
      const visible = ['withdrawn', 'status', 'published_at desc'];
      await db.schema
        .createIndex('articles_listed')
        .on('articles')
        .columns([...visible, 'id'])
        .execute();
      await db.schema
        .createIndex('articles_section_listed')
        .on('articles')
        .columns(['section', ...visible, 'id'])
        .execute();
      await db.schema
        .createIndex('article_tags_listed')
        .on('article_tags')
        .columns(['tag_slug', ...visible, 'article_id'])
        .execute();
      await db.schema
        .createIndex('article_authors_listed')
        .on('article_authors')
        .columns(['author_id', ...visible, 'article_id'])
        .execute();
      await db.schema
        .createTable('list_stats')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('list_stats_pk', ['kind', 'key'])
        .execute();
    },
  };
}
