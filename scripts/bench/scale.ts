/**
 * `npm run bench:scale [-- --sizes=0,20000,100000] [--million] [--engine=sqlite|postgres|both]
 *   [--port=4210] [--runs=100] [--skip-build]`
 *
 * Generates a synthetic archive from the bundled articles (new ids and slugs, a hundred a day
 * back from the benchmarks' "now": scripts/bench/archive.ts) in a content folder inside the
 * project, bench-content/content-N, beside the bundled content (kept and reused for the same N);
 * size 0 is the bundled content alone. Then per engine and N: ingests it into an empty store,
 * changes one file and ingests again, weighs the store against the archive's Markdown
 * (scripts/bench/store-size.ts), builds the site on it (`next build` into its own
 * NEXT_DIST_DIR: the fresh build, with the ingest), builds again with the store filled and the
 * build cache warm (a deployment's rebuild), notes each build's peak RSS, `.next` and its build
 * cache, the largest file-tracing list and the build's warnings, starts Warta's server and
 * measures start-up, each route's first request and its repeated (cached) requests with
 * sequential fetches, and the server's RSS. The bundled content's figures are the baseline of
 * the build targets. Prints one table per engine with the targets and pass/fail beside the
 * figures.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestContent } from '../../lib/ingest';
import { closeStores, openStore } from '../../lib/store';
import type { Visibility } from '../../lib/store/port';
import { parseArgs } from '../kit/args';
import { runLogged, startService, stopService, waitForHttp, type Service } from '../kit/processes';
import { duBytes, ownPeak, resetPeak, treeRss } from '../kit/resources';
import { loadAverage, percentile } from '../kit/stats';
import { articleId, BENCH_DIR, BENCH_NOW_ISO, editTitle, generate } from './archive';
import { build, buildWarnings, largestNft } from './scale-build';
import { ms, printTable, type Result, type RouteTiming } from './scale-table';
import { BENCH_PG, emptyDatabase, enginesOf, removeSqlite, type Engine } from './store';
import { markdownBytes, postgresBytes, sqliteBytes } from './store-size';

const { options: args } = parseArgs(
  'npm run bench:scale [-- --sizes=1000,100000] [--million] [--engine=sqlite|postgres|both]\n' +
    '  [--port=4210] [--runs=100] [--skip-build]',
);
// 0: the bundled content alone, the baseline of the build targets.
const sizes = (args.get('sizes') ?? '0,20000,100000').split(',').map(Number);
if (args.has('million')) sizes.push(1_000_000);
const engines = enginesOf(args.get('engine') ?? 'sqlite');
const PORT = Number(args.get('port') ?? 4210);
// Enough sequential requests that the p95 is not one slow request's (20 gave 1 in 20).
const RUNS = Number(args.get('runs') ?? 100);
const SKIP_BUILD = args.has('skip-build');
const NOW_ISO = BENCH_NOW_ISO;

function startServer(env: NodeJS.ProcessEnv, logFile: string): Service {
  return startService(
    'server',
    'node',
    ['scripts/dev/run-compiled.mjs', 'server.ts', '-p', String(PORT), '-H', '127.0.0.1'],
    { env, logFile },
  );
}

const base = () => `http://127.0.0.1:${PORT}`;

/** Milliseconds from `started` until the server answers, asked every 100 ms. */
async function waitUntilUp(server: Service, started: number): Promise<number> {
  await waitForHttp(`${base()}/robots.txt`, 300_000, server, 100);
  return performance.now() - started;
}

async function timedGet(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const response = await fetch(`${base()}${url}`, { redirect: 'manual' });
  await response.arrayBuffer();
  return { ms: performance.now() - t, status: response.status };
}

function storeEnv(engine: Engine, n: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.WARTA_DATABASE_URL;
  delete env.WARTA_SQLITE_FILE;
  if (engine === 'postgres') env.WARTA_DATABASE_URL = BENCH_PG;
  else env.WARTA_SQLITE_FILE = sqliteFile(n);
  return env;
}

const sqliteFile = (n: number) => path.join(BENCH_DIR, `warta-${n}.sqlite`);

async function emptyStore(engine: Engine, n: number) {
  await closeStores();
  if (engine === 'postgres') await emptyDatabase(BENCH_PG);
  else await removeSqlite(sqliteFile(n));
}

async function routesFor(root: string, n: number): Promise<[string, string][]> {
  const store = (await openStore(root)).store;
  const v: Visibility = { now: new Date(NOW_ISO), includeDrafts: false };
  const perPage = Number(process.env.WARTA_ARTICLES_PER_PAGE ?? 10);
  const archive = n
    ? (await store.articleById(articleId(Math.floor(n * 0.8)), v))!
    : (await store.latest(v, 1, 15))[0]!;
  const section = (await store.sections())[0]!.id;
  const sectionPages = (await store.list({ kind: 'section', sectionId: section }, v, {
    page: 1,
    perPage,
  }))!.totalPages;
  const deep = Math.min(2000, sectionPages);
  const tag = (await store.tags(v))[0]!.slug;
  const author = (await store.authors())[0]!.id;
  const months = await store.sitemapMonths(v);
  const month = months[Math.floor(months.length / 2)]!.month;
  return [
    ['archive article', `/berita/${archive.id}/${archive.slug}`],
    ['front page', '/'],
    ['section page 1', `/kanal/${section}`],
    [`section deep page`, `/kanal/${section}/halaman/${deep}`],
    ['tag page', `/tag/${tag}`],
    ['author page', `/penulis/${author}`],
    ['search', '/cari?q=pemerintah'],
    ['sitemap index', '/sitemap.xml'],
    ['sitemap chunk (a month)', `/sitemaps/articles-${month}.xml`],
    ['news sitemap', '/news-sitemap.xml'],
    ['RSS', '/feed/rss.xml'],
  ];
}

/** The store's bytes (SQLite's file once checkpointed; PostgreSQL's tables, indexes, TOAST). */
async function storeSize(engine: Engine, n: number): Promise<number> {
  const measured = engine === 'sqlite' ? sqliteBytes(sqliteFile(n)) : await postgresBytes(BENCH_PG);
  return measured.total;
}

async function benchOne(engine: Engine, n: number): Promise<Result> {
  console.log(`${engine}: N = ${n.toLocaleString('en')}: corpus`);
  const root = n ? await generate(n) : path.resolve('content');
  const env = storeEnv(engine, n);
  Object.assign(process.env, { WARTA_NOW: NOW_ISO });
  delete process.env.WARTA_DATABASE_URL;
  delete process.env.WARTA_SQLITE_FILE;
  if (env.WARTA_DATABASE_URL) process.env.WARTA_DATABASE_URL = env.WARTA_DATABASE_URL;
  if (env.WARTA_SQLITE_FILE) process.env.WARTA_SQLITE_FILE = env.WARTA_SQLITE_FILE;
  await emptyStore(engine, n);

  console.log(`${engine}: N = ${n.toLocaleString('en')}: fresh ingest`);
  await resetPeak();
  const t = performance.now();
  const fresh = await ingestContent({ contentDir: root });
  const freshMs = performance.now() - t;
  const ingestPeak = await ownPeak();
  if (fresh.problems.length)
    throw new Error(
      `${fresh.problems.length} problems, first: ${JSON.stringify(fresh.problems[0])}`,
    );
  const result: Result = { n, freshMs, ingestPeak, routes: new Map() };
  // The bundled content is not edited: its ingests are not timed again.
  if (n) await reingests(root, result);
  const routes = await routesFor(root, n);
  await closeStores();
  result.storeBytes = await storeSize(engine, n);
  result.markdownBytes = await markdownBytes(root);
  result.articles = fresh.changes.filter((c) => c.kind === 'article').length;
  if (SKIP_BUILD) return result;
  return measureBuildAndServer(engine, n, root, env, routes, result);
}

async function reingests(root: string, result: Result): Promise<void> {
  const changedFile = path.join(root, 'articles', `${articleId(7)}.md`);
  const bump = () => editTitle(changedFile);
  // Each re-ingest three times (one file edited before each), the median kept: the first one
  // after a bulk load of 100,000 articles also pays for that load's aftermath (the database
  // writing back what it wrote, the heap it left), which a server start or a save does not.
  const timesThree = async (ingest: () => Promise<{ changes: unknown[] }>) => {
    const times: number[] = [];
    let changes = 0;
    for (let i = 0; i < 3; i++) {
      await bump();
      const started = performance.now();
      changes = (await ingest()).changes.length;
      times.push(performance.now() - started);
    }
    return { ms: percentile(times, 50), changes, times };
  };
  const again = await timesThree(() => ingestContent({ contentDir: root }));
  result.reconcileMs = again.ms;
  result.reconcileChanges = again.changes;
  console.log(`  full reconciles, one file changed: ${again.times.map(ms).join(', ')}`);
  const onePath = await timesThree(() => ingestContent({ contentDir: root, paths: [changedFile] }));
  result.onePathMs = onePath.ms;
}

async function measureBuildAndServer(
  engine: Engine,
  n: number,
  root: string,
  env: NodeJS.ProcessEnv,
  routes: [string, string][],
  result: Result,
): Promise<Result> {
  const dist = `.next-bench-${engine}-${n}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    WARTA_CONTENT_DIR: root,
    WARTA_NOW: NOW_ISO,
    WARTA_WATCH: '0',
    NEXT_DIST_DIR: dist,
    NODE_ENV: 'production',
  };
  console.log(`${engine}: N = ${n.toLocaleString('en')}: next build`);
  await rm(dist, { recursive: true, force: true });
  const log = path.join(BENCH_DIR, `build-${engine}-${n}.log`);
  const first = await build(dist, serverEnv, log);
  result.buildMs = first.ms;
  result.buildPeak = first.peak;
  result.warnings = await buildWarnings(log);
  console.log(
    `${engine}: N = ${n.toLocaleString('en')}: next build again (a deployment's rebuild)`,
  );
  const again = await build(dist, serverEnv, path.join(BENCH_DIR, `rebuild-${engine}-${n}.log`));
  result.rebuildMs = again.ms;
  result.rebuildPeak = again.peak;
  result.nextBytes = await duBytes(dist);
  result.cacheBytes = await duBytes(path.join(dist, 'cache'));
  result.nft = await largestNft(dist);

  console.log(`${engine}: N = ${n.toLocaleString('en')}: server start and requests`);
  const started = performance.now();
  const server = startServer(serverEnv, path.join(BENCH_DIR, `server-${engine}-${n}.log`));
  try {
    result.startMs = await waitUntilUp(server, started);
    const firsts = new Map<string, { status: number; ms: number }>();
    for (const [name, url] of routes) firsts.set(name, await timedGet(url));
    // Round after round over every route, so that a moment of noise on the machine lands on
    // all of them alike instead of on the five slowest requests of one route.
    const repeated = new Map(routes.map(([name]) => [name, [] as number[]]));
    for (let i = 0; i < RUNS; i++)
      for (const [name, url] of routes) repeated.get(name)!.push((await timedGet(url)).ms);
    for (const [name, url] of routes) {
      const first = firsts.get(name)!;
      const times = repeated.get(name)!;
      result.routes.set(name, {
        url,
        status: first.status,
        first: first.ms,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
      });
    }
    result.rss = server.child.pid ? await treeRss(server.child.pid) : undefined;
  } finally {
    await stopService(server);
    await rm(dist, { recursive: true, force: true });
  }
  return result;
}

const resultFile = (engine: Engine, n: number) =>
  path.join(BENCH_DIR, `result-${engine}-${n}.json`);

/** Every size measured so far on this engine (runs for different sizes may be separate). */
async function savedResults(engine: Engine): Promise<Result[]> {
  const results: Result[] = [];
  for (const name of (await readdir(BENCH_DIR)).sort()) {
    if (!name.startsWith(`result-${engine}-`)) continue;
    const saved = JSON.parse(await readFile(path.join(BENCH_DIR, name), 'utf8')) as Result & {
      routes: [string, RouteTiming][];
    };
    results.push({ ...saved, routes: new Map(saved.routes) });
  }
  return results.sort((a, b) => a.n - b.n);
}

async function main() {
  await mkdir(BENCH_DIR, { recursive: true });
  console.log(`load average at start: ${loadAverage()}`);
  if (!SKIP_BUILD) {
    // The stylesheet, fonts and icons: the same for any corpus, so built once and not timed.
    await runLogged('npm', ['run', '-s', 'assets'], {
      logFile: path.join(BENCH_DIR, 'assets.log'),
    });
  }
  for (const engine of engines) {
    for (const n of sizes) {
      const result = await benchOne(engine, n);
      const load = loadAverage();
      console.log(`load average: ${load}`);
      await writeFile(
        resultFile(engine, n),
        JSON.stringify({ ...result, routes: [...result.routes], load }),
      );
      printTable(engine, await savedResults(engine));
    }
  }
  console.log(`load average at end: ${loadAverage()}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
