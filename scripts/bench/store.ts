/**
 * The store a scale benchmark ingests into, emptied first: a SQLite file under .data/bench, or
 * the PostgreSQL database WARTA_BENCH_DATABASE_URL names (dropped and created again).
 */
import { rm } from 'node:fs/promises';
import pg from 'pg';

export type Engine = 'sqlite' | 'postgres';

export const BENCH_PG =
  process.env.WARTA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_store_bench';

/** The engines an `--engine=sqlite|postgres|both` option names. */
export function enginesOf(option: string): Engine[] {
  return (option === 'both' ? ['sqlite', 'postgres'] : [option]) as Engine[];
}

/** A SQLite store's file and its journal files, removed. */
export async function removeSqlite(file: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
}

/** An empty PostgreSQL database at `url`: dropped (its connections ended) and created again. */
export async function emptyDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const database = client.escapeIdentifier(name);
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
}
