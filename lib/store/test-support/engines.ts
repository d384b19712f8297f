import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { KyselyContentStore } from '../kysely/store';
import { openPostgresStore } from '../postgres/open';
import { openSqliteStore } from '../sqlite/open';

/**
 * The PostgreSQL test database: `warta_store_test` on 127.0.0.1 (WARTA_TEST_DATABASE_URL
 * overrides); scripts/ci/ensure-postgres.sh starts the server. The contract test files each use
 * a database named after it (enginesFor).
 */
export const TEST_DATABASE_URL =
  process.env.WARTA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_store_test';

/** An empty PostgreSQL schema: the test database created if missing, its tables dropped. */
export async function emptyPostgres(url = TEST_DATABASE_URL): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const server = new pg.Client({ connectionString: admin.toString() });
  await server.connect();
  try {
    const exists = await server.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await server.query(`create database ${server.escapeIdentifier(name)}`);
  } finally {
    await server.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

/**
 * The engines one contract test file runs against. Test files run in parallel and each empties
 * its PostgreSQL database, so each has its own: the test database's name followed by `_suffix`.
 */
export function enginesFor(
  suffix: string,
): { name: 'sqlite' | 'postgres'; open: () => Promise<KyselyContentStore> }[] {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname += `_${suffix}`;
  return [
    {
      name: 'sqlite',
      open: async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-store-test-'));
        return (await openSqliteStore(path.join(dir, 'warta.sqlite'))).store;
      },
    },
    {
      name: 'postgres',
      open: async () => {
        await emptyPostgres(url.toString());
        return (await openPostgresStore(url.toString())).store;
      },
    },
  ];
}
