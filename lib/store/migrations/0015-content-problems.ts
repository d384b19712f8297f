import { type Kysely, type Migration } from 'kysely';

/**
 * The problems of the content files the ingest refused (schema, section, body, id clash…), one
 * row per problem, so that the newsroom desk lists them beside the articles: the ingest replaces
 * them (all on a full reconcile, a file's on an ingest of that file). Like the content tables a
 * cache of the folder, rebuilt by the next full ingest; no reader page reads it.
 */
export function contentProblems(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('content_problems')
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('content_problems_path')
        .on('content_problems')
        .columns(['path', 'line', 'field'])
        .execute();
    },
  };
}
