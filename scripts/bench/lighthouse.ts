/**
 * Lighthouse (mobile, simulated throttling: its default) on each reader template of a running
 * production server, three runs each, printing the median of every figure as a Markdown table.
 *   BENCH_BASE_URL=http://127.0.0.1:3100 npm run bench:lighthouse
 * BENCH_DESK=1 audits the desk instead, with Lighthouse's desktop preset: the sign-in page, and
 * signed in as BENCH_DESK_EMAIL (password BENCH_DESK_PASSWORD; the session cookie goes with
 * every request through Lighthouse's extraHeaders) the article list and the article editor.
 * Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Lighthouse 12.2 runs on
 * Node 20. Run through its CLI: its page-side functions must not pass through tsx's transform.
 *
 * Lighthouse multiplies the main-thread time it observes by 4, so on a busy machine every task
 * the browser waits for a CPU counts as blocking time. The load average is printed with the
 * table; BENCH_LIGHTHOUSE_REALTIME=1 (root, Linux) runs Chromium under `chrt -r 1` so it is
 * not descheduled by other work on the machine (the phone Lighthouse models has its own CPU).
 */

import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { parseArgs, positiveInteger } from '../kit/args';
import { fetchText, templatePaths } from '../kit/pages';
import { median } from '../kit/stats';
import { deskSession, deskTemplates } from './lighthouse-desk';

parseArgs(
  'npm run bench:lighthouse (its settings from the environment: scripts/bench/lighthouse.ts)',
);

const run = promisify(execFile);
const cli = path.resolve(__dirname, '../../node_modules/.bin/lighthouse');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const realtime = process.env.BENCH_LIGHTHOUSE_REALTIME === '1';

/** A launcher script running Chromium at real-time priority (chrome-launcher takes one path). */
function realtimeChromium(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warta-lh-')), 'chromium');
  writeFileSync(file, `#!/bin/sh\nexec chrt -r 1 ${JSON.stringify(chromium)} "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}
const chromePath = realtime ? realtimeChromium() : chromium;

const base = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3100';
const runs = positiveInteger('BENCH_RUNS', 3);
/** BENCH_PAGES=article,front audits only those. (Lighthouse refuses a 404 page.) */
const only = process.env.BENCH_PAGES?.split(',');
const desk = process.env.BENCH_DESK === '1';

/**
 * The pages audited, found through the site's sitemaps (the newest article, or
 * BENCH_ARTICLE_PATH; the first section; a word of the article's title to search for).
 */
async function findTemplates(): Promise<[string, string, boolean?][]> {
  const found = await templatePaths(fetchText(base));
  return [
    ['article', found.article],
    ['front', '/'],
    ['section', found.section],
    ['search', found.search],
  ];
}

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbt: number;
  lcp: number;
  cls: number;
}

async function audit(url: string, extra: string[]): Promise<Run> {
  const { stdout } = await run(
    cli,
    [
      url,
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...extra,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const { categories, audits } = JSON.parse(stdout) as Result;
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  const value = (key: string) => audits[key]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
  };
}

/** A trace Lighthouse could not record (NO_NAVSTART and the like, on a busy machine) is retried once. */
async function auditWithRetry(url: string, extra: string[]): Promise<Run> {
  try {
    return await audit(url, extra);
  } catch (error) {
    console.error(
      `${url}: ${String((error as { stderr?: string }).stderr ?? error).trim()}; again`,
    );
    return audit(url, extra);
  }
}

async function main() {
  const startLoad = loadavg()[0]?.toFixed(1);
  const rows: string[][] = [];
  const cookie = desk ? await deskSession(base) : undefined;
  const templates = desk ? await deskTemplates(base, cookie!) : await findTemplates();
  for (const [name, pathname, signedIn] of templates.filter(([n]) => !only || only.includes(n))) {
    const extra = [
      ...(desk ? ['--preset=desktop'] : []),
      ...(signedIn && cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ];
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(await auditWithRetry(new URL(pathname, base).href, extra));
    }
    const m = (key: keyof Run) => median(results.map((r) => r[key]));
    rows.push([
      name,
      results.map((r) => r.performance).join(' / '),
      String(m('performance')),
      `${Math.round(m('tbt'))} ms`,
      `${(m('lcp') / 1000).toFixed(1)} s`,
      m('cls').toFixed(3),
      String(m('accessibility')),
      String(m('bestPractices')),
      String(m('seo')),
    ]);
    console.error(`${name}: done`);
  }
  const head = [
    'page',
    'performance (runs)',
    'median',
    'TBT',
    'LCP',
    'CLS',
    'a11y',
    'best practices',
    'SEO',
  ];
  const load = loadavg()[0]?.toFixed(1);
  const priority = realtime ? ', Chromium at real-time priority' : '';
  console.log(
    `Lighthouse ${desk ? 'desktop' : 'mobile'} on ${base}, median of ${runs} runs${priority}`,
  );
  console.log(`load average ${startLoad} at the start, ${load} at the end\n`);
  console.log([head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
