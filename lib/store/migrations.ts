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
 * An article's plain text (lib/content/body-text.ts `bodyText`) keeps the blocks inside a block
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
 * The newsroom desk (lib/desk): its people, their sign-in sessions, sign-in attempts (the limit
 * every instance agrees on), the audit log and the one-time links that create the first admin.
 * Instants are ISO 8601 UTC text like every other column. These tables are the store's own, not
 * a cache of content files: later migrations that empty the content tables leave them alone.
 */
function deskAccounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('desk_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) =>
          c.notNull().references('desk_users.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('desk_sessions_user')
        .on('desk_sessions')
        .columns(['user_id'])
        .execute();
      await db.schema
        .createIndex('desk_sessions_expires')
        .on('desk_sessions')
        .columns(['expires_at'])
        .execute();
      await db.schema
        .createTable('desk_login_attempts')
        .addColumn('attempt_id', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('desk_login_attempts_pk', ['attempt_id', 'scope'])
        .execute();
      await db.schema
        .createIndex('desk_login_attempts_key')
        .on('desk_login_attempts')
        .columns(['scope', 'key', 'at'])
        .execute();
      await db.schema
        .createIndex('desk_login_attempts_at')
        .on('desk_login_attempts')
        .columns(['at'])
        .execute();
      await db.schema
        .createTable('desk_audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_email', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('desk_audit_at').on('desk_audit').columns(['at', 'id']).execute();
      await db.schema
        .createTable('desk_setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
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

function compactStore(engine: Engine): Migration {
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
      for (const table of all) await sql`delete from ${sql.table(table)}`.execute(db);
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
        '0007_desk_accounts': deskAccounts(),
        '0008_compact_store': compactStore(engine),
        '0009_redirects': redirects(),
      };
    },
  };
}
