import { type Kysely, type Migration, sql } from 'kysely';
import type { Engine } from './shared';

/**
 * The first schema: articles with their tag and author rows, authors, sections, standing pages,
 * the ingest's record of source files, and the search index (FTS5 on SQLite, a weighted
 * tsvector with a GIN index on PostgreSQL).
 */
export function contentTables(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addColumn('withdrawn', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('articles_published')
        .on('articles')
        .columns(['published_at', 'id'])
        .execute();
      await db.schema
        .createIndex('articles_section_published')
        .on('articles')
        .columns(['section', 'published_at', 'id'])
        .execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('tag_slug', 'text', (c) => c.notNull())
        .addColumn('tag_name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_slug'])
        .execute();
      await db.schema
        .createIndex('article_tags_tag')
        .on('article_tags')
        .columns(['tag_slug', 'article_id'])
        .execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema
        .createIndex('article_authors_author')
        .on('article_authors')
        .columns(['author_id', 'article_id'])
        .execute();

      await db.schema
        .createTable('authors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('pages')
        .addColumn('slug', 'text', (c) => c.primaryKey())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('source_files')
        .addColumn('path', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('mtime_ms', 'double precision', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      if (engine === 'sqlite') {
        await sql`create virtual table article_search using fts5(
          id unindexed, title, tags, summary, section, body, tokenize = 'unicode61 remove_diacritics 2'
        )`.execute(db);
      } else {
        await sql`alter table articles add column search tsvector not null default ''::tsvector`.execute(
          db,
        );
        await sql`create index articles_search on articles using gin (search)`.execute(db);
      }
    },
  };
}
