import { type Kysely, type Migration, sql } from 'kysely';
import { RECENT_SEARCH_ROWS } from '../sqlite/recent-search';
import type { Engine } from './shared';

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
export function searchWords(engine: Engine): Migration {
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
