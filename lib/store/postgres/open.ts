import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyContentStore } from '../kysely/store';
import { migrationProvider } from '../migrations';
import type { Database } from '../schema';
import type { OpenedStore } from '../writer-port';
import { postgresSearch } from './search';

/** The URL as it may be printed: without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(WARTA_DATABASE_URL tidak valid)';
  }
}

export class StoreUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`PostgreSQL di ${redactUrl(url)} tidak bisa dihubungi: ${reason}`);
    this.name = 'StoreUnreachableError';
  }
}

/** The store for many machines: PostgreSQL at `url`, migrated on open (a lock keeps it to one). */
export async function openPostgresStore(url: string): Promise<OpenedStore<KyselyContentStore>> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  pool.on('error', (error) => console.error(`PostgreSQL (${redactUrl(url)}): ${error.message}`));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreUnreachableError(url, error);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { error, results = [] } = await new Migrator({
    db,
    provider: migrationProvider('postgres'),
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  const applied = results.filter((r) => r.status === 'Success').length;
  return {
    store: new KyselyContentStore(db, 'postgres', postgresSearch),
    rebuild:
      applied > 0 ? `skema PostgreSQL di ${redactUrl(url)} baru dibuat atau diperbarui` : undefined,
  };
}
