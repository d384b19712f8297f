import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { KyselyContentStore } from '../kysely/store';
import { migrationProvider } from '../migrations';
import type { Database } from '../schema';
import type { OpenedStore } from '../writer-port';
import { recencyFactor } from '../search-text';
import { RECENT_SEARCH_ROWS } from './recent-search';
import { sqliteSearchEngine } from './search';

const shown = (file: string) => path.relative(process.cwd(), file) || file;

function connect(file: string) {
  const database = new Sqlite(file, { timeout: 15_000 });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.function(
    'warta_recency',
    { deterministic: true },
    (publishedAt: unknown, nowMs: unknown) => recencyFactor(String(publishedAt), Number(nowMs)),
  );
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(database) }),
  });
  return { db, database };
}

const STATEMENTS_KEPT = 500;

/**
 * Kysely prepares every statement it runs; better-sqlite3 statements can be reused, so the
 * database handed to Kysely keeps the last few hundred by their SQL text (an ingest runs the
 * same handful of statements 100,000 times).
 */
function reusingStatements(database: Sqlite.Database): Sqlite.Database {
  const kept = new Map<string, Sqlite.Statement>();
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== 'prepare') {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (source: string) => {
        let statement = kept.get(source);
        if (!statement) {
          statement = target.prepare(source);
          if (kept.size >= STATEMENTS_KEPT) kept.clear();
          kept.set(source, statement);
        }
        return statement;
      };
    },
  });
}

function isBusy(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : '';
  return String(code).startsWith('SQLITE_BUSY');
}

/**
 * Applies pending migrations. Another process (a build worker) may be migrating the same file
 * at that moment: wait for it instead of treating the file as broken.
 */
async function migrate(db: Kysely<Database>) {
  for (let attempt = 0; ; attempt++) {
    const { error, results = [] } = await new Migrator({
      db,
      provider: migrationProvider('sqlite'),
    }).migrateToLatest();
    if (!error) return results.filter((r) => r.status === 'Success').length;
    if (!isBusy(error) || attempt >= 40) throw error;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The embedded store: one SQLite file, created and migrated on open. It only caches the Markdown
 * files, so a file that cannot be migrated (corrupt, or from a schema this code does not know)
 * is deleted and rebuilt from them, with a message saying so.
 */
export async function openSqliteStore(
  file: string,
  { recentSearchRows = RECENT_SEARCH_ROWS }: { recentSearchRows?: number } = {},
): Promise<OpenedStore<KyselyContentStore>> {
  mkdirSync(path.dirname(file), { recursive: true });
  let db: Kysely<Database> | undefined;
  let database: Sqlite.Database | undefined;
  let rebuild: string | undefined;
  try {
    ({ db, database } = connect(file));
    const applied = await migrate(db);
    if (applied > 0)
      rebuild = `basis data konten ${shown(file)} baru dibuat atau skemanya diperbarui`;
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(
      `Basis data konten ${shown(file)} tidak bisa dipakai (${reason}); dibuat ulang dari berkas Markdown.`,
    );
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    ({ db, database } = connect(file));
    await migrate(db);
    rebuild = `basis data konten ${shown(file)} dibuat ulang`;
  }
  const connection = database;
  return {
    store: new KyselyContentStore(db, 'sqlite', sqliteSearchEngine(recentSearchRows), {
      // The pages the FTS index's merge freed (auto_vacuum incremental since 0007).
      releaseFreePages: () => connection.pragma('incremental_vacuum'),
    }),
    rebuild,
  };
}
