import { type Kysely, type Migration } from 'kysely';

/**
 * The desk's article list (lib/store/kysely/desk-list.ts) at newsroom scale: every article
 * whatever its status, newest first, by section, by author or by status, each read in order from
 * one index. The reader listings' indexes lead with the visibility columns (0002), which serve
 * the desk's `scheduled`, `live` and `withdrawn` filters; these serve a section or an author
 * without a status, and the store's drafts. Indexes only: no row changes.
 */
export function deskList(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('articles_section_desk')
        .on('articles')
        .columns(['section', 'published_at desc', 'id'])
        .execute();
      await db.schema
        .createIndex('articles_status_desk')
        .on('articles')
        .columns(['status', 'published_at desc', 'id'])
        .execute();
      await db.schema
        .createIndex('article_authors_desk')
        .on('article_authors')
        .columns(['author_id', 'published_at desc', 'article_id'])
        .execute();
    },
  };
}
