/**
 * `npx tsx scripts/bench/reconcile.ts <content dir> [--runs=5] [--change]`
 *
 * Full reconciles of an already ingested archive in one process (the store from
 * WARTA_SQLITE_FILE or WARTA_DATABASE_URL, as the ingest finds it): wall and CPU time of each
 * (the listing worker's included), their median after the first, and the process's memory
 * after the first one (after a garbage collection when run with `node --expose-gc`). With
 * `--change` one article's title is edited before each run (that file is written to: point it
 * at a copy of the corpus made with `cp -a`). The machine may be shared: the load average is
 * printed with the figures.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingestContent } from '../../lib/ingest';
import { closeStores } from '../../lib/store';
import { editTitle } from './archive';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) throw new Error('usage: bench-reconcile.ts <content dir> [--runs=5] [--change]');
const root = path.resolve(dir);
const runs = Number(flags.find((f) => f.startsWith('--runs='))?.split('=')[1] ?? 5);
const change = flags.includes('--change');
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

function memory(label: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`${label}: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}`);
}

async function main() {
  const first = (await readdir(path.join(root, 'articles'))).sort()[0]!;
  const file = path.join(root, 'articles', first);
  const edit = () => editTitle(file);
  // The store opened and migrated, the modules loaded: what a reconcile adds is what remains.
  await ingestContent({ contentDir: root, paths: [] });
  memory('before');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (change) await edit();
    const cpu = process.cpuUsage();
    const t = performance.now();
    const result = await ingestContent({ contentDir: root });
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    times.push(ms);
    console.log(
      `run ${i + 1}: ${Math.round(ms)} ms, cpu ${Math.round((used.user + used.system) / 1000)} ms, ` +
        `${result.changes.length} changes, ${result.problems.length} problems, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    if (i === 0) memory('after the first');
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  if (rest.length)
    console.log(`median of runs 2–${runs}: ${Math.round(rest[rest.length >> 1]!)} ms`);
  await closeStores();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
