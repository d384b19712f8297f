import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { RECENT_SEARCH_ROWS } from './sqlite/recent-search';

export type Engine = 'sqlite' | 'postgres';

/**
 * The schema, one migration per version, shared by both engines; only the search index differs
 * (FTS5 on SQLite, a weighted tsvector with a GIN index on PostgreSQL). A new version is a new
 * entry here; the store then re-ingests every file (see openStore).
 */
function contentTables(engine: Engine): Migration {
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

/**
 * Listings that stay fast at any archive size: the tag and author link rows carry their
 * article's visibility columns, so a tag or author page (any page of it) is read from one index
 * in order; the section and "all" indexes lead with the visibility columns for the same reason;
 * `list_stats` holds each section's, tag's and author's count and newest change, kept by the
 * ingest, so tag counts and sitemap lastmods need no GROUP BY over the archive per request.
 * The store is a cache of the Markdown files: its rows are cleared and the ingest that follows
 * the migration fills it again (openStore reports a rebuild).
 */
function scalableListings(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'articles', 'authors', 'sections'];
      for (const table of [...tables, 'pages', 'source_files', 'meta'])
        await sql`delete from ${sql.table(table)}`.execute(db);
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

/**
 * Which articles refer to which (`related` and the body's read-also blocks), so that deleting an
 * article names the files that still point at it without reading every article.
 */
function articleReferences(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // Emptied like 0002: the ingest after the migration refills every table, references too.
      const tables = ['article_tags', 'article_authors', 'articles', 'authors', 'sections'];
      for (const table of [...tables, 'pages', 'source_files', 'meta', 'list_stats'])
        await sql`delete from ${sql.table(table)}`.execute(db);
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

/**
 * Search that stays fast at any archive size (lib/store/search-rank.ts): on SQLite an FTS5 row's
 * rowid is its article's publication time, so a query reads its newest matches first and stops,
 * and a hit finds its article through an index on `search_rowid`. The old rowids were arbitrary:
 * the tables are emptied like 0002 and the ingest that follows refills them. PostgreSQL keeps its
 * rows: its search walks the publication index it already has.
 */
function newestFirstSearch(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'sqlite') return;
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      for (const table of [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats'])
        await sql`delete from ${sql.table(table)}`.execute(db);
      await sql`delete from article_search`.execute(db);
      await db.schema
        .createIndex('articles_search_rowid')
        .on('articles')
        .column('search_rowid')
        .execute();
    },
  };
}

/**
 * SQLite's search reads no more than its candidates (lib/store/sqlite/search.ts):
 * - a vocabulary of the search index (every word and root filed), so a reader's prefix
 *   ("pemerintah") becomes the few words that start with it, read newest first like any word:
 *   an FTS5 prefix query merges every matching article of the archive before returning one.
 *   Filled here from the index itself (fts5vocab), then by the ingest; words are never removed
 *   (a word no article holds any more matches nothing);
 * - a second FTS5 table of the newest RECENT_SEARCH_ROWS articles, where a common word is ranked
 *   without bm25() counting its articles over the whole archive (lib/store/sqlite/search.ts);
 * - the index on `search_rowid` covers what a hit is checked against (visibility, publication
 *   time, id), so the newest candidates are read from one run of that index, never from the
 *   article rows (each holds its whole record).
 */
function searchWords(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'sqlite') return;
      await db.schema.dropIndex('articles_search_rowid').execute();
      await db.schema
        .createIndex('articles_search_rowid')
        .on('articles')
        .columns(['search_rowid', 'withdrawn', 'status', 'published_at', 'id'])
        .execute();
      await sql`create table search_words (word text primary key) without rowid`.execute(db);
      await sql`create virtual table temp.article_search_terms
        using fts5vocab(main, article_search, row)`.execute(db);
      await sql`insert into search_words (word) select term from temp.article_search_terms`.execute(
        db,
      );
      await sql`drop table temp.article_search_terms`.execute(db);
      await sql`create virtual table article_search_recent using fts5(
        id unindexed, title, tags, summary, section, body, tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
      await sql`insert into article_search_recent (rowid, id, title, tags, summary, section, body)
        select rowid, id, title, tags, summary, section, body from article_search
        order by rowid desc limit ${sql.lit(RECENT_SEARCH_ROWS)}`.execute(db);
    },
  };
}

/**
 * An article's plain text (lib/content/markdown.ts `bodyText`) keeps the blocks inside a block
 * (list items, quoted paragraphs, table cells) apart by a space. The stored text, the search
 * index and the excerpts made from them held the old text: the tables are emptied like 0002 and
 * the ingest that follows refills them.
 */
function spacedBlockText(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      for (const table of [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats'])
        await sql`delete from ${sql.table(table)}`.execute(db);
      if (engine === 'sqlite') {
        await sql`delete from article_search`.execute(db);
        await sql`delete from article_search_recent`.execute(db);
      }
    },
  };
}

/**
 * Old addresses (a WordPress site's permalinks, archives and feeds) and the Warta path each
 * answers 308 to, written by `npm run import:wordpress` (lib/import/wordpress). Not content
 * files: the tables of earlier migrations are left as they are.
 */
function redirects(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('redirects')
        .addColumn('old_path', 'text', (c) => c.primaryKey())
        .addColumn('target', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      return {
        '0001_store': contentTables(engine),
        '0002_scalable_listings': scalableListings(engine),
        '0003_article_refs': articleReferences(engine),
        '0004_newest_first_search': newestFirstSearch(engine),
        '0005_search_words': searchWords(engine),
        '0006_spaced_block_text': spacedBlockText(engine),
        '0007_redirects': redirects(),
      };
    },
  };
}
