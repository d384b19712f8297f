/**
 * The scale benchmark's figures for one engine and archive size, its targets, and the table it
 * prints (one column per size, pass/fail beside the figures the targets speak of).
 */
import type { TracingList } from './scale-build';
import type { Engine } from './store';

export const TARGETS = {
  freshIngestMs: 10 * 60_000,
  oneChangedMs: 1_000,
  buildRatio: 1.2,
  nextRatio: 1.2,
  buildPeakBytes: 2 * 1024 ** 3,
  rssBytes: 400 * 1024 * 1024,
  p95Ratio: 1.5,
  storeRatio: 2.5,
};

export interface RouteTiming {
  url: string;
  status: number;
  first: number;
  p50: number;
  p95: number;
}

export interface Result {
  n: number;
  freshMs: number;
  /** Peak RSS of this process during the fresh ingest (VmHWM, reset before it). */
  ingestPeak?: number;
  reconcileMs?: number;
  reconcileChanges?: number;
  onePathMs?: number;
  storeBytes?: number;
  /** The Markdown of the archive's articles, bytes. */
  markdownBytes?: number;
  articles?: number;
  buildMs?: number;
  buildPeak?: number;
  rebuildMs?: number;
  rebuildPeak?: number;
  warnings?: number;
  nextBytes?: number;
  cacheBytes?: number;
  nft?: TracingList;
  startMs?: number;
  rss?: number;
  routes: Map<string, RouteTiming>;
}

export const ms = (x?: number) =>
  x === undefined
    ? '–'
    : x >= 60_000
      ? `${Math.floor(x / 60_000)} min ${Math.round((x % 60_000) / 1000)} s`
      : x >= 1000
        ? `${(x / 1000).toFixed(1)} s`
        : `${x.toFixed(1)} ms`;
const mb = (x?: number) => (x === undefined ? '–' : `${Math.round(x / 1048576)} MB`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✅' : ' ❌');

const gb = (x?: number) => (x === undefined ? '–' : `${(x / 1024 ** 3).toFixed(2)} GB`);
const times = (x?: number, of?: number) => (x && of ? ` (${(x / of).toFixed(2)}×)` : '');
const label = (n: number) => (n ? `+${n.toLocaleString('en')}` : 'bundled');

export function printTable(engine: Engine, results: Result[]) {
  const bundled = results.find((r) => r.n === 0);
  const archives = results.filter((r) => r.n > 0);
  const reference = archives[0] ?? results[0]!;
  const big = (r: Result) => r.n >= 100_000;
  const row = (name: string, target: string, cell: (r: Result) => string) =>
    console.log(`| ${name} | ${target} | ${results.map(cell).join(' | ')} |`);
  console.log(`\n### ${engine}\n`);
  console.log(
    `| | target at +100,000 | ${results.map((r) => `${label(r.n)} (${(r.articles ?? r.n).toLocaleString('en')} articles)`).join(' | ')} |`,
  );
  console.log(`|---|---|${results.map(() => '---').join('|')}|`);
  row(
    "a deployment's rebuild (store filled, build cache warm)",
    '≤ 1.2× bundled',
    (r) =>
      ms(r.rebuildMs) +
      (r.n ? times(r.rebuildMs, bundled?.rebuildMs) : '') +
      verdict(
        big(r) && r.rebuildMs && bundled?.rebuildMs
          ? r.rebuildMs <= TARGETS.buildRatio * bundled.rebuildMs
          : undefined,
      ),
  );
  row('fresh build (ingest included)', '', (r) =>
    r.buildMs === undefined ? '–' : ms(r.freshMs + r.buildMs),
  );
  row(
    'of it: fresh ingest',
    '≤ 10 min',
    (r) => ms(r.freshMs) + verdict(big(r) ? r.freshMs <= TARGETS.freshIngestMs : undefined),
  );
  row('of it: `next build`', '', (r) => ms(r.buildMs));
  row('peak RSS: ingest / build / rebuild', 'build ≤ 2 GB', (r) => {
    const peak = Math.max(r.ingestPeak ?? 0, r.buildPeak ?? 0);
    return (
      `${gb(r.ingestPeak)} / ${gb(r.buildPeak)} / ${gb(r.rebuildPeak)}` +
      verdict(big(r) && peak ? peak <= TARGETS.buildPeakBytes : undefined)
    );
  });
  row('build warnings', '0', (r) =>
    r.warnings === undefined
      ? '–'
      : String(r.warnings) + verdict(big(r) ? r.warnings === 0 : undefined),
  );
  row('`.next` (of it, the build cache)', '≤ 1.2× bundled', (r) =>
    r.nextBytes === undefined
      ? '–'
      : `${mb(r.nextBytes)} (${mb(r.cacheBytes)})` +
        (r.n ? times(r.nextBytes, bundled?.nextBytes) : '') +
        verdict(
          big(r) && bundled?.nextBytes
            ? r.nextBytes <= TARGETS.nextRatio * bundled.nextBytes
            : undefined,
        ),
  );
  row('largest file-tracing list', '', (r) =>
    r.nft ? `${r.nft.file}: ${(r.nft.bytes / 1024).toFixed(0)} KB, ${r.nft.files} files` : '–',
  );
  row('store size (bytes per article)', '', (r) =>
    r.storeBytes === undefined
      ? '–'
      : `${mb(r.storeBytes)} (${Math.round(r.storeBytes / (r.articles || 1)).toLocaleString('en')})`,
  );
  row('store ÷ its Markdown', '≤ 2.5×', (r) =>
    r.storeBytes === undefined || !r.markdownBytes
      ? '–'
      : `${(r.storeBytes / r.markdownBytes).toFixed(2)}× of ${mb(r.markdownBytes)}` +
        verdict(big(r) ? r.storeBytes <= TARGETS.storeRatio * r.markdownBytes : undefined),
  );
  row(
    're-ingest, one file changed (full reconcile, median of 3)',
    '≤ 1 s',
    (r) =>
      (r.reconcileMs === undefined ? '–' : `${ms(r.reconcileMs)} (${r.reconcileChanges} change)`) +
      verdict(big(r) && r.reconcileMs ? r.reconcileMs <= TARGETS.oneChangedMs : undefined),
  );
  row('re-ingest, one file changed (its path given, median of 3)', '≤ 1 s', (r) => ms(r.onePathMs));
  row('server start-up (to first answer)', '', (r) => ms(r.startMs));
  row(
    'server RSS after the first requests',
    '≤ 400 MB',
    (r) => mb(r.rss) + verdict(big(r) && r.rss ? r.rss <= TARGETS.rssBytes : undefined),
  );
  for (const name of reference.routes.keys()) {
    const p95 = reference.routes.get(name)!.p95;
    row(`${name}: first / p50 / p95`, `p95 ≤ 1.5× ${label(reference.n)}`, (r) => {
      const x = r.routes.get(name);
      if (!x) return '–';
      const ok = r.n <= reference.n ? undefined : x.p95 <= TARGETS.p95Ratio * Math.max(p95, 1);
      return `${ms(x.first)} / ${ms(x.p50)} / ${ms(x.p95)}${x.status === 200 ? '' : ` (${x.status})`}${verdict(ok)}`;
    });
  }
}
