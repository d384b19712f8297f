import { type Kysely, type Migration } from 'kysely';

/**
 * The newsroom desk's autosaves (lib/desk): what someone was typing in an article's editor,
 * sent by the desk's script a few seconds after typing stops and when the page is hidden, one
 * row per article and person (the new article's editor is article ''). Not a revision, not
 * audited, never published; cleared by a press of the form's buttons. The store's own table,
 * which later migrations that empty the content tables leave alone.
 */
export function deskAutosaves(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_autosaves')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('desk_autosaves_pk', ['article_id', 'user_id'])
        .execute();
    },
  };
}
