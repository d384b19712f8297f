/**
 * `npx tsx scripts/bench/search.ts [--runs=50] [--queries="pemerintah|banjir riau|…"]`
 *
 * The store's search alone, on the store WARTA_DATABASE_URL or WARTA_SQLITE_FILE names (an
 * ingested bench archive), at the benchmarks' "now": per query, p50/p95 of the whole
 * `store.search` and of its parts (the candidate query, ranking in JS, the page's records,
 * PostgreSQL's ts_headline, lib/search's highlights), with the candidates and totals found and
 * the load average, since the machine may be shared.
 */
import { excerptOf } from '../../lib/search';
import { highlight } from '../../lib/search/highlight';
import { parseQuery } from '../../lib/search/query';
import { closeStores, openStore } from '../../lib/store';
import type { SearchRequest, Visibility } from '../../lib/store/port';
import { rankCandidates } from '../../lib/store/search-rank';
import { reviveArticle } from '../../lib/store/serialise';
import { parseArgs } from '../kit/args';
import { loadAverage, percentile } from '../kit/stats';
import { BENCH_NOW_ISO } from './archive';

const { options } = parseArgs(
  'npx tsx scripts/bench/search.ts [--runs=50] [--queries="pemerintah|banjir riau|…"]',
);
const RUNS = Number(options.get('runs') ?? 50);
const QUERIES = (
  options.get('queries') ?? 'pemerintah|gelora|banjir riau|"tim nasional"|xyzzy'
).split('|');

type Timings = Map<string, number[]>;

async function timed<T>(timings: Timings, phase: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const value = await work();
  const list = timings.get(phase) ?? [];
  list.push(performance.now() - started);
  timings.set(phase, list);
  return value;
}

async function main() {
  const { store } = await openStore(process.cwd());
  const engine = store.searchEngine;
  const v: Visibility = { now: new Date(BENCH_NOW_ISO), includeDrafts: false };
  console.log(
    `${store.engine}, ${await store.countLive(v)} live articles, ${RUNS} runs a query, load ${loadAverage(1)}`,
  );
  for (const query of QUERIES) {
    const terms = parseQuery(query);
    const request: SearchRequest = {
      terms: terms.map((t) => ({ word: t.word, roots: [...t.roots] })),
      page: { page: 1, perPage: 10 },
    };
    const timings: Timings = new Map();
    let summary = '';
    for (let run = -3; run < RUNS; run++) {
      const t: Timings = run < 0 ? new Map() : timings;
      const found = await timed(t, 'store.search', () => store.search(request, v));
      const mode = found.partial ? 'some' : 'all';
      const rows = await timed(t, '  candidates (SQL)', () =>
        engine.candidates(store.db, request, v, mode),
      );
      const ranked = await timed(t, '  ranking (JS)', () =>
        rankCandidates(rows, request, v.now.getTime()),
      );
      const records = await timed(t, '  records of the page', async () => {
        if (!ranked.ids.length) return [];
        const docs = await store.db
          .selectFrom('articles')
          .select('doc')
          .where('id', 'in', ranked.ids)
          .execute();
        return docs.map((d) => reviveArticle(d.doc));
      });
      const headlines = engine.headlines
        ? await timed(t, '  ts_headline', () => engine.headlines!(store.db, request, mode, records))
        : undefined;
      await timed(t, 'highlights (lib/search)', () =>
        records.map((a) => [highlight(a.title, terms), excerptOf(a, headlines?.get(a.id), terms)]),
      );
      summary = `${rows.length} candidates, totalHits ${found.totalHits}, capped ${found.capped}, partial ${found.partial}`;
    }
    console.log(`\n"${query}": ${summary}`);
    for (const [phase, list] of timings) {
      console.log(
        `  ${phase.padEnd(26)} p50 ${percentile(list, 50).toFixed(2).padStart(7)} ms  p95 ${percentile(list, 95).toFixed(2).padStart(7)} ms`,
      );
    }
  }
  console.log(`\nload ${loadAverage(1)}`);
  await closeStores();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
