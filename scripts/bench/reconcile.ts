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
import { parseArgs } from '../kit/args';
import { median, timed } from '../kit/stats';
import { editTitle } from './archive';

const USAGE = 'npx tsx scripts/bench/reconcile.ts <content dir> [--runs=5] [--change]';
const { positional, options } = parseArgs(USAGE);
const [dir] = positional;
if (!dir) throw new Error(`usage: ${USAGE}`);
const root = path.resolve(dir);
const runs = Number(options.get('runs') ?? 5);
const change = options.has('change');
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
    const run = await timed(() => ingestContent({ contentDir: root }));
    times.push(run.wallMs);
    console.log(
      `run ${i + 1}: ${Math.round(run.wallMs)} ms, cpu ${Math.round(run.cpuMs)} ms, ` +
        `${run.value.changes.length} changes, ${run.value.problems.length} problems, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    if (i === 0) memory('after the first');
  }
  const rest = times.slice(1);
  if (rest.length) console.log(`median of runs 2–${runs}: ${Math.round(median(rest))} ms`);
  await closeStores();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
