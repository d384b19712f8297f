/**
 * `npm run bench:hostile`: what hostile traffic costs Warta and what it leaves behind, on Warta's
 * server over the production build in NEXT_DIST_DIR (default .next: `npm run build` first), on
 * the SQLite store; with `--front` also through a running deployment's front cache
 * (`npm run cluster` in another terminal). wrk from Debian, loopback only. Prints three tables:
 *   1. rejections per second: requests the server refuses (405, 400) or answers 404 for a path
 *      that cannot exist, each request a new URL, beside the cached article for scale;
 *   2. 100,000 distinct garbage URLs (BENCH_GARBAGE): the route cache's files and bytes and the
 *      server's RSS before and after; with --front, nginx's cache and Redis's keys and memory;
 *   3. the fuzz suite (scripts/kit/hostile-traffic.ts): requests, methods, invariants, violations.
 *   BENCH_PORT (4300), BENCH_CONNECTIONS (50), BENCH_DURATION (10 s), BENCH_REPEAT (3: medians),
 *   BENCH_FUZZ_RUNS (2000), WARTA_FUZZ_SEED (20241224).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { cacheFiles, storm } from '../kit/hostile-traffic';
import { clusterLayout } from '../cluster/layout';
import { nginxDir } from '../cluster/nginx-config';
import { parseArgs, positiveInteger } from '../kit/args';
import { fetchText, newestArticlePath } from '../kit/pages';
import { startService, stopService, waitForHttp } from '../kit/processes';
import { treeRss } from '../kit/resources';
import { medianOf, runWrk, type WrkResult } from './load/wrk';

const { options } = parseArgs(
  'npm run bench:hostile [-- --front] (settings from the environment: scripts/bench/hostile.ts)',
);
const PORT = positiveInteger('BENCH_PORT', 4300);
const CONNECTIONS = positiveInteger('BENCH_CONNECTIONS', 50);
const DURATION = positiveInteger('BENCH_DURATION', 10);
const REPEAT = positiveInteger('BENCH_REPEAT', 3);
const GARBAGE = positiveInteger('BENCH_GARBAGE', 100_000);
const FUZZ_RUNS = positiveInteger('BENCH_FUZZ_RUNS', 2000);
const SEED = positiveInteger('WARTA_FUZZ_SEED', 20241224);
const DIST = process.env.NEXT_DIST_DIR || '.next';
const base = `http://127.0.0.1:${PORT}`;
const scripts = mkdtempSync(path.join(os.tmpdir(), 'warta-bench-hostile-'));

/** A wrk script (Lua): `method`, a path per request from `pathExpr` (n counts per thread). */
function wrkScript(
  name: string,
  { method = 'GET', pathExpr }: { method?: string; pathExpr: string },
): string {
  const file = path.join(scripts, `${name}.lua`);
  const lines = [
    'local n = 0',
    'local id = 0',
    'local threads = 0',
    'function setup(thread) threads = threads + 1; thread:set("id", threads) end',
    'function init(args) id = tonumber(wrk.thread:get("id")) or 0 end',
    `function request() n = n + 1; return wrk.format("${method}", ${pathExpr}) end`,
  ];
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function measure(url: string, script?: string): WrkResult {
  const runs: WrkResult[] = [];
  for (let i = 0; i < REPEAT; i++) {
    runs.push(runWrk(url, { connections: CONNECTIONS, durationSeconds: DURATION, script }));
  }
  return medianOf(runs);
}

/** The server's RSS (its process tree), MiB. */
const rssMb = async (pid: number) => (await treeRss(pid)) / 1_048_576;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Six shapes of made-up URL, a new one each request (`id` the wrk thread, `n` its count, RUN the
 * round of the flood).
 */
const GARBAGE_PATH = `(function() local k = "RUN" .. id .. "x" .. n; local s = n % 6;
  if s == 0 then return "/tag/zqx" .. k
  elseif s == 1 then return "/kanal/riau/halaman/" .. (100000 + n)
  elseif s == 2 then return "/img/berita/zqx" .. k .. "/16x9-0123456789ab.jpg"
  elseif s == 3 then return "/berita/zqx" .. k .. "/judul"
  elseif s == 4 then return "/_next/static/zqx" .. k
  else return "/%ff%fe/zqx" .. k end end)()`.replace(/\n\s*/g, ' ');

/** At least `total` distinct garbage URLs, in rounds of 10 s: the requests sent and their rate. */
function flood(url: string, total: number, name: string): { requests: number; rate: number } {
  let requests = 0;
  let seconds = 0;
  for (let round = 0; requests < total; round++) {
    const pathExpr = GARBAGE_PATH.replaceAll('RUN', `r${round}-`);
    const result = runWrk(url, {
      connections: CONNECTIONS,
      durationSeconds: 10,
      script: wrkScript(`${name}-${round}`, { pathExpr }),
    });
    requests += result.requests;
    seconds += 10;
  }
  return { requests, rate: requests / seconds };
}

async function main() {
  const server = startService(
    'server',
    'node',
    ['scripts/dev/run-compiled.mjs', 'server.ts', '-p', String(PORT), '-H', '127.0.0.1'],
    { logFile: path.join(scripts, 'server.log'), env: { ...process.env, WARTA_WATCH: '0' } },
  );
  try {
    await waitForHttp(`${base}/robots.txt`, 60_000, server);
    const article = await newestArticlePath(fetchText(base));
    const articleId = article.split('/')[2]!;
    console.log(`Warta's server on ${base} (${DIST}), article ${article}\n`);

    const rows: [string, string, WrkResult][] = [
      [
        'POST to a reader URL',
        '405',
        measure(
          `${base}/kanal/riau`,
          wrkScript('post', { method: 'POST', pathExpr: '"/kanal/riau"' }),
        ),
      ],
      ['unreadable URL (%ff%fe)', '400', measure(`${base}/%ff%fe`)],
      [
        'unknown tag, new each request',
        '404',
        measure(base, wrkScript('tag', { pathExpr: '"/tag/zqx" .. id .. "-" .. n' })),
      ],
      [
        'crop, wrong fingerprint, new each',
        '404',
        measure(
          base,
          wrkScript('crop', {
            pathExpr: `"/img/berita/${articleId}/16x9-" .. string.format("%012x", n)`,
          }),
        ),
      ],
      ['the cached article', '200', measure(`${base}${article}`)],
    ];
    console.log(
      `## Rejections per second (instance alone, ${CONNECTIONS} connections, ${DURATION} s, median of ${REPEAT})\n`,
    );
    console.log('| request | status | req/s | p50 ms | p99 ms |');
    console.log('|---|---|---|---|---|');
    for (const [name, status, r] of rows) {
      console.log(
        `| ${name} | ${status} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} |`,
      );
    }

    const cacheDir = path.join(DIST, 'server');
    const before = { cache: cacheFiles(cacheDir), rss: await rssMb(server.child.pid!) };
    const sent = flood(base, GARBAGE, 'garbage');
    const after = { cache: cacheFiles(cacheDir), rss: await rssMb(server.child.pid!) };
    console.log(
      `\n## ${sent.requests.toLocaleString('en')} distinct garbage URLs (six shapes, ${Math.round(sent.rate).toLocaleString('en')} req/s)\n`,
    );
    console.log('| what | before | after |');
    console.log('|---|---|---|');
    console.log(
      `| route cache files (${cacheDir}) | ${before.cache.count} | ${after.cache.count} |`,
    );
    console.log(`| route cache MB | ${mb(before.cache.bytes)} | ${mb(after.cache.bytes)} |`);
    console.log(`| server RSS MB | ${before.rss.toFixed(0)} | ${after.rss.toFixed(0)} |`);

    if (options.has('front')) {
      const layout = clusterLayout();
      const front = `http://127.0.0.1:${layout.nginxPort}`;
      const redis = createClient({ url: layout.redisUrl });
      await redis.connect();
      const redisNow = async () => ({
        keys: await redis.dbSize(),
        memory: Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0),
      });
      const frontDir = nginxDir(layout, 'cache');
      const fb = { cache: cacheFiles(frontDir), redis: await redisNow() };
      const frontFlood = flood(front, GARBAGE, 'front');
      const fa = { cache: cacheFiles(frontDir), redis: await redisNow() };
      await redis.quit();
      console.log(
        `| through the front cache: requests | | ${frontFlood.requests.toLocaleString('en')} (${Math.round(frontFlood.rate).toLocaleString('en')} req/s) |`,
      );
      console.log(`| nginx cache files | ${fb.cache.count} | ${fa.cache.count} |`);
      console.log(`| nginx cache MB | ${mb(fb.cache.bytes)} | ${mb(fa.cache.bytes)} |`);
      console.log(`| Redis keys | ${fb.redis.keys} | ${fa.redis.keys} |`);
      console.log(`| Redis used memory MB | ${mb(fb.redis.memory)} | ${mb(fa.redis.memory)} |`);
    }

    const report = await storm(base, { seed: SEED, runs: FUZZ_RUNS });
    console.log(`\n## The fuzz suite (seed ${SEED})\n`);
    console.log('| requests | methods | invariants checked | 5xx | pages changed |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| ${report.requests} | ${report.methods} | ${report.invariantsChecked} | ${report.serverErrors.length} | ${report.changedPages.length} |`,
    );
    for (const line of [...report.serverErrors, ...report.changedPages]) console.log(`  ${line}`);
  } finally {
    await stopService(server);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
