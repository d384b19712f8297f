import { type Kysely, type Migration } from 'kysely';

/**
 * The newsroom desk's revisions and presence (lib/desk): every save, submission, publication
 * and restore of an article as the form held it, numbered per article (the primary key refuses
 * a second revision of the same number: a conflict between two people), and who has an
 * article's editor open. Never read by a reader page; the store's own tables, which later
 * migrations that empty the content tables leave alone.
 */
export function deskRevisions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_revisions')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('restored_from', 'integer')
        .addPrimaryKeyConstraint('desk_revisions_pk', ['article_id', 'number'])
        .execute();
      await db.schema
        .createTable('desk_presence')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('desk_presence_pk', ['article_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('desk_presence_seen')
        .on('desk_presence')
        .column('seen_at')
        .execute();
    },
  };
}
