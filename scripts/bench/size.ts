/**
 * `npx tsx scripts/bench/size.ts [--sizes=20000] [--engine=sqlite|postgres|both] [--tables]`
 *
 * How much the store holds per article: a fresh ingest of the synthetic archive
 * (scripts/bench/archive.ts) into an empty store, then per engine and N the Markdown bytes of
 * the articles, the store's bytes (SQLite: the file after a WAL checkpoint; PostgreSQL:
 * `pg_total_relation_size` of the store's tables, indexes and TOAST included), bytes per
 * article, their ratio and the ingest's time. `--tables` adds each table's and index's share
 * (SQLite's dbstat, PostgreSQL's relation sizes). PostgreSQL: WARTA_SIZE_DATABASE_URL, default
 * the database `warta_storesize` (dropped and created again).
 */
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { ingestContent } from '../../lib/ingest';
import { closeStores } from '../../lib/store';
import { parseArgs } from '../kit/args';
import { timed } from '../kit/stats';
import { BENCH_DIR, BENCH_NOW_ISO, generate } from './archive';
import { emptyDatabase, enginesOf, removeSqlite } from './store';

const { options } = parseArgs(
  'npx tsx scripts/bench/size.ts [--sizes=20000] [--engine=sqlite|postgres|both] [--tables]',
);
const sizes = (options.get('sizes') ?? '20000').split(',').map(Number);
const engines = enginesOf(options.get('engine') ?? 'both');
const perTable = options.has('tables');
const SIZE_PG =
  process.env.WARTA_SIZE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_storesize';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

/** The bytes of every article's Markdown file. */
async function markdownBytes(root: string): Promise<number> {
  const dir = path.join(root, 'articles');
  let total = 0;
  for (const name of await readdir(dir))
    if (name.endsWith('.md')) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** The SQLite file's size once its WAL is checkpointed into it, and its objects' sizes. */
function sqliteBytes(file: string): { total: number; parts: [string, number][] } {
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
async function postgresBytes(url: string): Promise<{ total: number; parts: [string, number][] }> {
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

async function main() {
  process.env.WARTA_NOW = BENCH_NOW_ISO;
  const lines: string[] = [];
  for (const engine of engines) {
    for (const n of sizes) {
      const root = await generate(n);
      const markdown = await markdownBytes(root);
      delete process.env.WARTA_DATABASE_URL;
      delete process.env.WARTA_SQLITE_FILE;
      const file = path.join(BENCH_DIR, `size-${n}.sqlite`);
      if (engine === 'postgres') {
        await emptyDatabase(SIZE_PG);
        process.env.WARTA_DATABASE_URL = SIZE_PG;
      } else {
        await removeSqlite(file);
        process.env.WARTA_SQLITE_FILE = file;
      }
      const load = os.loadavg()[0]!.toFixed(1);
      const { value, wallMs, cpuMs } = await timed(() => ingestContent({ contentDir: root }));
      if (value.problems.length)
        throw new Error(`${value.problems.length} problems: ${JSON.stringify(value.problems[0])}`);
      await closeStores();
      const measured = engine === 'postgres' ? await postgresBytes(SIZE_PG) : sqliteBytes(file);
      const line =
        `${engine} N=${n}: Markdown ${mb(markdown)} (${Math.round(markdown / n)} B/article), ` +
        `store ${mb(measured.total)} (${Math.round(measured.total / n)} B/article), ` +
        `ratio ${(measured.total / markdown).toFixed(2)}×, ingest wall ${(wallMs / 1000).toFixed(1)} s ` +
        `cpu ${(cpuMs / 1000).toFixed(1)} s (load ${load}→${os.loadavg()[0]!.toFixed(1)})`;
      console.log(line);
      lines.push(line);
      for (const [name, bytes] of measured.parts) console.log(`  ${name.padEnd(40)} ${mb(bytes)}`);
    }
  }
  if (lines.length > 1) console.log(`\n${lines.join('\n')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
