import { type Kysely, type Migration } from 'kysely';

/**
 * Old addresses (a WordPress site's permalinks, archives and feeds) and the Warta path each
 * answers 308 to, written by `npm run import:wordpress` (lib/import/wordpress). Not content
 * files: the tables of earlier migrations are left as they are.
 */
export function redirects(): Migration {
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
