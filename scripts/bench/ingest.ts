/**
 * `npx tsx scripts/bench/ingest.ts [--sizes=10000,20000] [--engine=sqlite|postgres|both]`
 *
 * The ingest part of bench:scale alone: per engine and N, a fresh ingest of the synthetic
 * archive into an empty store, then one changed file (full reconcile, and with its path given).
 * Prints wall time and CPU time (the whole process: main thread and parse workers) and the load
 * average, since the machine may be shared. PostgreSQL: WARTA_BENCH_DATABASE_URL (emptied).
 */
import os from 'node:os';
import path from 'node:path';
import { ingestContent } from '../../lib/ingest';
import { closeStores } from '../../lib/store';
import { parseArgs } from '../kit/args';
import { timed } from '../kit/stats';
import { articleId, BENCH_DIR, BENCH_NOW_ISO, editTitle, generate } from './archive';
import { BENCH_PG, emptyDatabase, enginesOf, removeSqlite } from './store';

const { options } = parseArgs(
  'npx tsx scripts/bench/ingest.ts [--sizes=10000,20000] [--engine=sqlite|postgres|both]',
);
const sizes = (options.get('sizes') ?? '10000').split(',').map(Number);
const engines = enginesOf(options.get('engine') ?? 'sqlite');

/** Runs the work and prints its wall and CPU time and the load average before and after. */
async function reported<T>(label: string, work: () => Promise<T>): Promise<T> {
  const load = os.loadavg()[0]!.toFixed(1);
  const { value, wallMs, cpuMs } = await timed(work);
  console.log(
    `${label}: wall ${(wallMs / 1000).toFixed(2)} s, cpu ${(cpuMs / 1000).toFixed(2)} s ` +
      `(${((cpuMs / wallMs) * 100).toFixed(0)} % of one core), load ${load}→${os.loadavg()[0]!.toFixed(1)}`,
  );
  return value;
}

async function main() {
  process.env.WARTA_NOW = BENCH_NOW_ISO;
  for (const engine of engines) {
    for (const n of sizes) {
      const root = await generate(n);
      delete process.env.WARTA_DATABASE_URL;
      delete process.env.WARTA_SQLITE_FILE;
      if (engine === 'postgres') {
        await emptyDatabase(BENCH_PG);
        process.env.WARTA_DATABASE_URL = BENCH_PG;
      } else {
        const file = path.join(BENCH_DIR, `ingest-${n}.sqlite`);
        await removeSqlite(file);
        process.env.WARTA_SQLITE_FILE = file;
      }
      const label = `${engine} N=${n}`;
      const fresh = await reported(`${label} fresh ingest`, () =>
        ingestContent({ contentDir: root }),
      );
      if (fresh.problems.length)
        throw new Error(`${fresh.problems.length} problems: ${JSON.stringify(fresh.problems[0])}`);
      const changed = path.join(root, 'articles', `${articleId(7)}.md`);
      const bump = () => editTitle(changed);
      await bump();
      await reported(`${label} one changed (full reconcile)`, () =>
        ingestContent({ contentDir: root }),
      );
      await bump();
      await reported(`${label} one changed (path given)`, () =>
        ingestContent({ contentDir: root, paths: [changed] }),
      );
      await closeStores();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
