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
import os from 'node:os';
import path from 'node:path';
import { ingestContent } from '../../lib/ingest';
import { closeStores } from '../../lib/store';
import { parseArgs } from '../kit/args';
import { timed } from '../kit/stats';
import { BENCH_DIR, BENCH_NOW_ISO, generate } from './archive';
import { emptyDatabase, enginesOf, removeSqlite } from './store';
import { markdownBytes, postgresBytes, sqliteBytes } from './store-size';

const { options } = parseArgs(
  'npx tsx scripts/bench/size.ts [--sizes=20000] [--engine=sqlite|postgres|both] [--tables]',
);
const sizes = (options.get('sizes') ?? '20000').split(',').map(Number);
const engines = enginesOf(options.get('engine') ?? 'both');
const perTable = options.has('tables');
const SIZE_PG =
  process.env.WARTA_SIZE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_storesize';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

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
      const measured =
        engine === 'postgres'
          ? await postgresBytes(SIZE_PG, perTable)
          : sqliteBytes(file, perTable);
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
