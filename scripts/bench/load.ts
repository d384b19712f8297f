/**
 * `npm run bench:load`: load on the running deployment (`npm run cluster` in another terminal),
 * with wrk from Debian, loopback only. For the article, front, section and search pages it
 * measures, in one run: through the front cache (nginx), nginx serving the same bytes from a
 * file (the static limit), and each instance directly; then prints one table.
 *   BENCH_CONNECTIONS (50), BENCH_DURATION (10 s), BENCH_REPEAT (3: each figure is the median of
 *   that many runs, the servers taking turns), BENCH_SOAK=1 adds 60 s at 200 connections
 *   through the front cache, BENCH_TARGETS=front,static,a,b,next,bare limits the columns
 *   ("next": instance A asked with `Cache-Control: no-cache`, so past its micro-cache: what
 *   Next's request pipeline gives for the page).
 *   The last rows are the floors, taking turns too: instance A serving /robots.txt past its
 *   micro-cache (the cheapest cached answer of Warta's build through Next), and a bare Next
 *   app of the same Next version (scripts/bench/load/bare-next, built and started for the run
 *   on BENCH_BARE_PORT, 3503) serving an empty page, an empty static route handler and the
 *   article's bytes on the article's route shape (what Next costs for that answer), first
 *   having answered from its cache only, then again after it has run a route (as every Warta
 *   instance has).
 *   Before measuring, every server answers a URL of every kind WARM_ROUNDS times.
 *   BENCH_BEFORE_URL adds a server to compare with (e.g. one `next start` of the same build with
 *   main's settings: gzip in Node, no shared cache).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BARE_NEXT_PATHS, startBareNext, type BareNext } from './load/bare-next';
import { cpuMs, pidsListeningOn } from './load/cpu-time';
import { clusterLayout } from '../cluster/layout';
import { ensureDebianPackages } from '../cluster/services';
import { medianOf, runWrk, type WrkResult } from './load/wrk';
import { parseArgs, positiveInteger } from '../kit/args';
import { fetchText, templatePaths } from '../kit/pages';
import { median } from '../kit/stats';

parseArgs('npm run bench:load (its settings from the environment: scripts/bench/load.ts)');

/**
 * The article, front, section and search pages, found through the front cache's sitemaps (the
 * newest article, or BENCH_ARTICLE_PATH; the first section; a word of the article's title), and
 * a URL of every other kind a reader or a crawler asks for (warm-up only).
 */
async function findPages(base: string) {
  const found = await templatePaths(fetchText(base));
  const pages = {
    article: found.article,
    front: '/',
    section: found.section,
    search: found.search,
  };
  const others = [found.tag, found.author, '/sitemap.xml', '/feed/rss.xml', FLOOR_PATH, '/x/404'];
  return { pages, warmPaths: [...Object.values(pages), ...others] };
}
type PageName = keyof Awaited<ReturnType<typeof findPages>>['pages'];

/** Each page's bytes as the front cache (or the first server measured) serves them, decompressed. */
async function fetchPages(base: string, pages: Record<PageName, string>) {
  const entries = await Promise.all(
    Object.entries(pages).map(async ([name, pagePath]) => {
      const response = await fetch(`${base}${pagePath}`);
      if (!response.ok) throw new Error(`${base}${pagePath}: ${response.status}`);
      return [name, Buffer.from(await response.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<PageName, Buffer>;
}

/** A static route of a few bytes, cached by Next like every reader page (x-nextjs-cache HIT). */
const FLOOR_PATH = '/robots.txt';

/** Rounds of every page on every server before the first measurement. */
const WARM_ROUNDS = 20;
const WARM_ATTEMPTS = 5;
const connections = positiveInteger('BENCH_CONNECTIONS', 50);
const durationSeconds = positiveInteger('BENCH_DURATION', 10);
const repeats = positiveInteger('BENCH_REPEAT', 3);
const barePort = positiveInteger('BENCH_BARE_PORT', 3503);

// Browsers ask for gzip; so does the load.
const headers = { 'Accept-Encoding': 'gzip' };
/** The same, asking every cache on the way to check with the origin: past the micro-cache. */
const pastMicroCache = { ...headers, 'Cache-Control': 'no-cache' };

interface Row {
  page: string;
  target: string;
  result: WrkResult;
  staticRps?: number;
  /** CPU milliseconds the serving processes spent per request. */
  cpuPerRequest?: number;
}

async function main() {
  ensureDebianPackages([{ command: 'wrk', pkg: 'wrk' }]);
  const layout = clusterLayout();
  const targets = {
    front: `http://127.0.0.1:${layout.nginxPort}`,
    static: `http://127.0.0.1:${layout.nginxStaticPort}`,
    a: `http://127.0.0.1:${layout.instancePorts[0]}`,
    b: `http://127.0.0.1:${layout.instancePorts[1]}`,
    next: `http://127.0.0.1:${layout.instancePorts[0]}`,
    before: process.env.BENCH_BEFORE_URL ?? '',
    bare: `http://127.0.0.1:${barePort}`,
  };
  const wanted = (process.env.BENCH_TARGETS ?? 'front,static,a,b,next,bare,before').split(',');
  if (!targets.before && wanted.includes('before')) wanted.splice(wanted.indexOf('before'), 1);
  for (const [name, base] of Object.entries(targets)) {
    if (name === 'static' || name === 'bare' || !wanted.includes(name)) continue;
    const ok = await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ok) throw new Error(`${base} does not answer: start the deployment with npm run cluster`);
  }
  // The pages are found and read through the front cache, or, when it is not measured, through
  // the first server that is (BENCH_TARGETS=a,before compares an instance with another server).
  const source = wanted.includes('front') ? targets.front : targets[wanted[0] as Target];
  const { pages: PAGES, warmPaths } = await findPages(source);
  const pageBytes = await fetchPages(source, PAGES);
  let bare: BareNext | undefined;
  if (wanted.includes('bare')) {
    process.stderr.write('building and starting the bare Next app… ');
    bare = await startBareNext(layout, barePort, pageBytes.article);
    process.stderr.write('done\n');
  }
  try {
    const plan = { layout, targets, wanted, pages: PAGES, pageBytes, warmPaths, bare };
    const rows = await measureAll(plan);
    const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    console.log(
      `\nwrk, ${connections} connections, ${durationSeconds} s each, median of ${repeats} runs ` +
        `(servers taking turns), Accept-Encoding: gzip; ` +
        `load average ${load1} on ${availableParallelism()} cores at the end\n`,
    );
    console.log(table(rows));
  } finally {
    await bare?.stop();
  }
}

interface Plan {
  layout: ReturnType<typeof clusterLayout>;
  targets: Record<Target, string>;
  wanted: string[];
  pages: Record<PageName, string>;
  pageBytes: Record<PageName, Buffer>;
  warmPaths: string[];
  bare: BareNext | undefined;
}

/** Warms every server, then measures every page on every server, then the floors. */
async function measureAll({
  layout,
  targets,
  wanted,
  pages: PAGES,
  pageBytes,
  warmPaths,
  bare,
}: Plan) {
  // The same bytes the front cache serves, as files for nginx's static server (and compressed).
  const staticDir = path.join(layout.runDir, 'nginx', 'static');
  mkdirSync(staticDir, { recursive: true });
  for (const [name, bytes] of Object.entries(pageBytes)) {
    writeFileSync(path.join(staticDir, `${name}.html`), bytes);
    // Compressed once, as the front cache stores it (nginx's level): served as stored.
    writeFileSync(path.join(staticDir, `${name}.html.gz`), gzipSync(bytes, { level: 4 }));
  }

  // Every server first answers a URL of every kind a few times (caches filled, code warm), as a
  // deployment's instances have before a crowd arrives: an instance that has served one URL only
  // runs 30-40 % faster on it than one that has served every kind (docs/benchmarks.md, bench:load).
  process.stderr.write('warming every page on every server… ');
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const name of ['front', 'a', 'b', 'before'] as const) {
      // Only the servers measured (instance A also for "next", its answers past the micro-cache).
      const measured = wanted.includes(name) || (name === 'a' && wanted.includes('next'));
      const base = targets[name];
      if (!measured || !base) continue;
      for (const pagePath of warmPaths) await warm(`${base}${pagePath}`);
    }
    // The bare app's cached answers only: it has not run a route yet (see the floors below).
    const bareCached = [BARE_NEXT_PATHS.page, BARE_NEXT_PATHS.route, BARE_NEXT_PATHS.article];
    for (const pagePath of bare ? bareCached : []) {
      await warm(`${bare!.base}${pagePath}`);
    }
  }
  process.stderr.write('done\n');

  const rows: Row[] = [];
  const order = (['static', 'front', 'a', 'b', 'next', 'before'] as const).filter((t) =>
    wanted.includes(t),
  );
  for (const [page, pagePath] of Object.entries(PAGES) as [PageName, string][]) {
    // The servers take turns, `repeats` rounds, so a slow minute of the machine falls on all.
    const pageRows = measureInTurns(
      order.map((target) => ({
        page,
        target,
        url:
          target === 'static' ? `${targets.static}/${page}.html` : `${targets[target]}${pagePath}`,
        requestHeaders: target === 'next' ? pastMicroCache : headers,
      })),
    );
    const staticRps = pageRows.find((row) => row.target === TARGET_LABELS.static)?.result
      .requestsPerSecond;
    rows.push(...pageRows.map((row) => ({ ...row, staticRps })));
  }
  // The floors, taking turns like the pages: the cheapest cached answer of Warta's build, and
  // what Next alone gives for an empty page and an empty route handler, on the same machine:
  // first while the bare app has answered from its cache only, then after it has run a route
  // (Warta's instances run routes all the time: search, misses, revalidations), which leaves
  // Node 20's AsyncLocalStorage promise hooks on for every later request (docs/benchmarks.md, bench:load).
  const bareFloors = (state: string) =>
    bare
      ? [
          { page: `empty page (${state})`, url: `${bare.base}${BARE_NEXT_PATHS.page}` },
          { page: `empty route handler (${state})`, url: `${bare.base}${BARE_NEXT_PATHS.route}` },
          {
            page: `article's bytes, article's route (${state})`,
            url: `${bare.base}${BARE_NEXT_PATHS.article}`,
          },
        ].map((floor) => ({ ...floor, target: 'bare' as const }))
      : [];
  // Past the micro-cache: what Next's pipeline costs for the cheapest answer of Warta's build.
  const warta = wanted.includes('next')
    ? [
        {
          page: `${FLOOR_PATH} (floor)`,
          target: 'next' as const,
          url: `${targets.next}${FLOOR_PATH}`,
          requestHeaders: pastMicroCache,
        },
      ]
    : [];
  rows.push(...measureInTurns([...warta, ...bareFloors('floor, cached only')]));
  if (bare) {
    for (let i = 0; i < WARM_ROUNDS; i++) await warm(`${bare.base}${BARE_NEXT_PATHS.rendered}`);
    rows.push(...measureInTurns(bareFloors('floor, after a route ran')));
  }
  if (process.env.BENCH_SOAK === '1') {
    process.stderr.write('soak: article via the front cache, 200 connections, 60 s… ');
    const result = runWrk(`${targets.front}${PAGES.article}`, {
      connections: 200,
      durationSeconds: 60,
      headers,
    });
    process.stderr.write('done\n');
    rows.push({ page: 'article (60 s, 200 conn.)', target: TARGET_LABELS.front, result });
  }
  return rows;
}

/** Each URL `repeats` times, taking turns; one row each, the median run. */
function measureInTurns(
  urls: { page: string; target: Target; url: string; requestHeaders?: Record<string, string> }[],
): Row[] {
  const runs = urls.map(() => ({ results: [] as WrkResult[], cpu: [] as number[] }));
  for (let round = 1; round <= repeats; round++) {
    urls.forEach((url, i) => {
      process.stderr.write(`${url.page} via ${url.target} (${round}/${repeats})… `);
      const run = measure(url.url, url.requestHeaders);
      process.stderr.write(`${Math.round(run.result.requestsPerSecond)} req/s\n`);
      runs[i]!.results.push(run.result);
      runs[i]!.cpu.push(run.cpuPerRequest);
    });
  }
  return urls.map((url, i) => ({
    page: url.page,
    target: TARGET_LABELS[url.target],
    result: medianOf(runs[i]!.results),
    cpuPerRequest: median(runs[i]!.cpu),
  }));
}

/** One wrk run, with the CPU time the processes listening on the URL's port spent per request. */
function measure(
  url: string,
  requestHeaders: Record<string, string> = headers,
): { result: WrkResult; cpuPerRequest: number } {
  const pids = pidsListeningOn(Number(new URL(url).port));
  const cpuBefore = cpuMs(pids);
  const result = runWrk(url, { connections, durationSeconds, headers: requestHeaders });
  return { result, cpuPerRequest: (cpuMs(pids) - cpuBefore) / Math.max(1, result.requests) };
}

/**
 * One request, retried: after a wrk run a pooled keep-alive connection may already be closed by
 * the server (seen once in a whole run: "fetch failed").
 */
async function warm(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch (error) {
      if (attempt === WARM_ATTEMPTS) throw new Error(`${url}: no answer`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

type Target = keyof typeof TARGET_LABELS;
const TARGET_LABELS = {
  front: 'front cache (nginx)',
  static: 'nginx, same bytes from a file',
  a: 'instance A alone',
  b: 'instance B alone',
  next: 'instance A, past its micro-cache',
  before: 'one instance, main’s settings',
  bare: `bare Next ${nextVersion()} app`,
} as const;

function nextVersion(): string {
  const file = path.join(process.cwd(), 'node_modules', 'next', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function table(rows: Row[]): string {
  const header = [
    'page',
    'served by',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'of static',
    'CPU ms/req',
  ];
  const body = rows.map(({ page, target, result, staticRps, cpuPerRequest }) => [
    page,
    target,
    result.requestsPerSecond.toFixed(0),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    String(result.errors),
    staticRps ? `${((100 * result.requestsPerSecond) / staticRps).toFixed(0)} %` : '',
    cpuPerRequest === undefined ? '' : cpuPerRequest.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
