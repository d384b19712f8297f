import { type Kysely, sql } from 'kysely';

/** What the migrations share: the engine they run on, and emptying the content tables. */
export type Engine = 'sqlite' | 'postgres';

/**
 * Deletes every row of `tables`, in that order. The store is a cache of the Markdown files: a
 * migration that changes what a row holds empties the content tables, and the ingest that
 * follows it refills them (openStore reports a rebuild). Each migration names its tables as they
 * stood at its version, so that a later table never changes what an earlier migration does.
 */
export async function emptyTables(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) await sql`delete from ${sql.table(table)}`.execute(db);
}
