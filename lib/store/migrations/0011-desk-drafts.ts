import { type Kysely, type Migration } from 'kysely';

/**
 * The newsroom desk's drafts (lib/desk): an article being written or in review, kept as the form
 * holds it until it is published through the ingest. Never read by a reader page. The store's
 * own table, not a cache of content files: later migrations that empty the content tables leave
 * it alone.
 */
export function deskDrafts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_drafts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('desk_drafts_updated')
        .on('desk_drafts')
        .columns(['updated_at', 'id'])
        .execute();
    },
  };
}
