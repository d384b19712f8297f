import { type Kysely, type Migration, sql } from 'kysely';
import { type Engine, emptyTables } from './shared';

/**
 * An article's plain text (lib/content/body-text.ts `bodyText`) keeps the blocks inside a block
 * (list items, quoted paragraphs, table cells) apart by a space. The stored text, the search
 * index and the excerpts made from them held the old text: the tables are emptied like 0002 and
 * the ingest that follows refills them.
 */
export function spacedBlockText(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const tables = ['article_tags', 'article_authors', 'article_refs', 'articles', 'authors'];
      await emptyTables(db, [...tables, 'sections', 'pages', 'source_files', 'meta', 'list_stats']);
      if (engine === 'sqlite') {
        await sql`delete from article_search`.execute(db);
        await sql`delete from article_search_recent`.execute(db);
      }
    },
  };
}
