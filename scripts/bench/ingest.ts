/**
 * `npx tsx scripts/bench/ingest.ts [--sizes=10000,20000] [--engine=sqlite|postgres|both]`
 *
 * The ingest part of bench:scale alone: per engine and N, a fresh ingest of the synthetic
 * archive into an empty store, then one changed file (full reconcile, and with its path given).
 * Prints wall time and CPU time (the whole process: main thread and parse workers) and the load
 * average, since the machine may be shared. PostgreSQL: WARTA_BENCH_DATABASE_URL (emptied).
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingestContent } from '../../lib/ingest';
import { closeStores } from '../../lib/store';
import { emptyPostgres } from '../../lib/store/test-support/engines';
import { articleId, BENCH_DIR, BENCH_NOW_ISO, editTitle, generate } from './archive';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k ?? '', v];
  }),
);
const sizes = (args.get('sizes') ?? '10000').split(',').map(Number);
const engineArg = args.get('engine') ?? 'sqlite';
const engines = engineArg === 'both' ? ['sqlite', 'postgres'] : [engineArg];
const BENCH_PG =
  process.env.WARTA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_store_bench';

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const load = os.loadavg()[0]!;
  const t = performance.now();
  const value = await work();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${label}: wall ${(wall / 1000).toFixed(2)} s, cpu ${(cpuMs / 1000).toFixed(2)} s ` +
      `(${((cpuMs / wall) * 100).toFixed(0)} % of one core), load ${load.toFixed(1)}→${os.loadavg()[0]!.toFixed(1)}`,
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
        await emptyPostgres(BENCH_PG);
        process.env.WARTA_DATABASE_URL = BENCH_PG;
      } else {
        const file = path.join(BENCH_DIR, `ingest-${n}.sqlite`);
        for (const s of ['', '-wal', '-shm']) await rm(`${file}${s}`, { force: true });
        process.env.WARTA_SQLITE_FILE = file;
      }
      const label = `${engine} N=${n}`;
      const fresh = await timed(`${label} fresh ingest`, () => ingestContent({ contentDir: root }));
      if (fresh.problems.length)
        throw new Error(`${fresh.problems.length} problems: ${JSON.stringify(fresh.problems[0])}`);
      const changed = path.join(root, 'articles', `${articleId(7)}.md`);
      const bump = () => editTitle(changed);
      await bump();
      await timed(`${label} one changed (full reconcile)`, () =>
        ingestContent({ contentDir: root }),
      );
      await bump();
      await timed(`${label} one changed (path given)`, () =>
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
