import { type Kysely, type Migration } from 'kysely';
import type { Engine } from './shared';

/**
 * Images uploaded from the newsroom desk (lib/desk/uploads.ts), their bytes kept in the store so
 * that every instance of a deployment can serve them and write them under its own public/
 * (lib/store/public-images.ts): one row per image, keyed by the SHA-256 of its bytes (the same
 * image uploaded twice is one row), its path unique. The store's own table, which later
 * migrations that empty the content tables leave alone.
 */
export function deskImages(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_images')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('path', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
