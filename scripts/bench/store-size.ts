/**
 * What a store holds against the Markdown it was filled from: the articles' Markdown bytes, a
 * SQLite file's bytes once its WAL is checkpointed, a PostgreSQL store's tables with their
 * indexes and TOAST; with `perTable`, each object's share.
 */
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';

/** A store's bytes, and its largest objects' when asked. */
export interface StoreBytes {
  total: number;
  parts: [string, number][];
}

/** The bytes of every article's Markdown file. */
export async function markdownBytes(root: string): Promise<number> {
  const dir = path.join(root, 'articles');
  let total = 0;
  for (const name of await readdir(dir))
    if (name.endsWith('.md')) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** The SQLite file's size once its WAL is checkpointed into it, and its objects' sizes. */
export function sqliteBytes(file: string, perTable = false): StoreBytes {
  const database = new Sqlite(file);
  try {
    database.pragma('wal_checkpoint(TRUNCATE)');
    const parts = perTable
      ? database
          .prepare<[], { name: string; bytes: number }>(
            'select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc',
          )
          .all()
          .map((r): [string, number] => [r.name, r.bytes])
      : [];
    database.close();
    return { total: statSync(file).size, parts };
  } finally {
    if (database.open) database.close();
  }
}

/** The store's tables in the public schema, with their indexes and TOAST. */
export async function postgresBytes(url: string, perTable = false): Promise<StoreBytes> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; total: string; own: string }>(
      `select c.relname as name, pg_total_relation_size(c.oid) as total,
          pg_relation_size(c.oid) as own
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relname not like 'kysely_%'
        order by pg_total_relation_size(c.oid) desc`,
    );
    const parts: [string, number][] = [];
    if (perTable) {
      const detail = await client.query<{ name: string; bytes: string }>(
        `select c.relname as name, pg_relation_size(c.oid) as bytes
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ('public', 'pg_toast') and c.relkind in ('r', 'i', 't')
            and (n.nspname = 'public' or c.oid in (select reltoastrelid from pg_class
              where relnamespace = 'public'::regnamespace))
          order by 2 desc limit 20`,
      );
      for (const r of detail.rows) parts.push([r.name, Number(r.bytes)]);
    }
    return { total: rows.reduce((sum, r) => sum + Number(r.total), 0), parts };
  } finally {
    await client.end();
  }
}
