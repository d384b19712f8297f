/**
 * npm run bench:desk-publish [-- --on=sqlite|cluster|both]: how long from an editor's press of
 * `Terbitkan` in the newsroom desk until readers see the article through the front cache. An
 * editor (made with `npm run desk`) signs in and publishes BENCH_COUNT (10, at most 12: the
 * front page's latest list) new articles one by one, then corrects each (`Terbitkan ralat`
 * with a new headline), each a plain form POST with the form token as a browser sends it; the
 * seconds from the press until the article page and the front page show it, asked through the
 * front, are printed as p50 / p95 / max (scripts/kit/visibility.ts, as bench:publish measures).
 * Target: p95 <= 3 s and max <= 10 s.
 *
 * - sqlite: Warta's production server on SQLite (scripts/ci/live-server.sh: a copy of the build in
 *   NEXT_DIST_DIR, default .next, over a copy of content/, the watcher on), its micro-cache the
 *   front; BENCH_PORT (3541).
 * - cluster: the deployment of `npm run cluster` on the build in .next-cluster (two instances,
 *   a redis-server of its own, nginx), on a copy of content/ and the PostgreSQL database
 *   WARTA_BENCH_DATABASE_URL names (default warta_store_bench) with `_desk_publish` appended,
 *   emptied first; ports WARTA_CLUSTER_PORT_A/_B (3531/3532), WARTA_CLUSTER_NGINX_PORT (8530),
 *   WARTA_CLUSTER_NGINX_STATIC_PORT (8531), BENCH_REDIS_PORT (8594).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toIsoWib } from '../../lib/dates';
import { deskPaths } from '../../lib/desk-paths';
import { emptyPostgres } from '../../lib/store/test-support/engines';
import { startDeployment } from '../cluster/deployment';
import { clusterLayout } from '../cluster/layout';
import { ensureDebianPackages, ensurePostgres, startRedisServer } from '../cluster/services';
import { parseArgs, positiveInteger } from '../kit/args';
import {
  addDeskAccount,
  editorBasis,
  type DeskSession,
  pressButton,
  signIn,
} from '../kit/desk-client';
import { startService, stopService, waitForHttp } from '../kit/processes';
import { loadAverage } from '../kit/stats';
import { type Story, timeToVisible, VisibilitySamples } from '../kit/visibility';

const { options } = parseArgs('npm run bench:desk-publish -- [--on=sqlite|cluster|both]');
const ON = options.get('on') ?? 'both';
if (!['sqlite', 'cluster', 'both'].includes(ON)) throw new Error(`--on=${ON}?`);
/** The front page lists the latest 12 (lib/render/pages/front.tsx): each must still be there when corrected. */
const FRONT_LATEST = 12;
const COUNT = positiveInteger('BENCH_COUNT', 10);
if (COUNT > FRONT_LATEST) throw new Error(`BENCH_COUNT is at most ${FRONT_LATEST}`);
const TARGETS = ['article', 'front'] as const;
const EDITOR = 'redaktur@tolok-ukur.test';
const PASSWORD = 'kata-sandi-tolok-ukur';
const START_TIMEOUT_MS = 180_000;
const portFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** A site to measure: where readers ask (the front), and the env its store is reached with. */
interface Site {
  name: string;
  front: string;
  storeEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-bench-desk-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
  return dir;
}

async function startSqlite(): Promise<Site> {
  const port = portFrom('BENCH_PORT', 3541);
  const dir = path.join(os.tmpdir(), `warta-bench-desk-publish-${port}`);
  const env: NodeJS.ProcessEnv = { ...process.env, WARTA_LIVE_DIR: dir };
  delete env.WARTA_NOW; // the real clock: "now" is when the editor presses
  delete env.WARTA_DATABASE_URL;
  delete env.WARTA_REDIS_URL;
  const server = startService('live server', 'bash', ['scripts/ci/live-server.sh', String(port)], {
    env,
    logFile: path.join(os.tmpdir(), `warta-bench-desk-publish-${port}.log`),
  });
  const front = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopService(server);
    await rm(`.next-live-${port}`, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(front, START_TIMEOUT_MS, server, 500);
  } catch (error) {
    await stop();
    throw error;
  }
  const storeEnv = {
    ...env,
    WARTA_CONTENT_DIR: path.join(dir, 'content'),
    WARTA_SQLITE_FILE: path.join(dir, 'store.sqlite'),
  };
  return { name: 'SQLite, one server', front, storeEnv, stop };
}

async function startCluster(): Promise<Site> {
  const base = new URL(
    process.env.WARTA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_store_bench',
  );
  base.pathname += '_desk_publish';
  const databaseUrl = base.toString();
  const redisPort = portFrom('BENCH_REDIS_PORT', 8594);
  const layout = clusterLayout({
    runDir: path.resolve('.cluster-bench'),
    instancePorts: [portFrom('WARTA_CLUSTER_PORT_A', 3531), portFrom('WARTA_CLUSTER_PORT_B', 3532)],
    nginxPort: portFrom('WARTA_CLUSTER_NGINX_PORT', 8530),
    nginxStaticPort: portFrom('WARTA_CLUSTER_NGINX_STATIC_PORT', 8531),
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    redisPrefix: 'warta-bench-desk:',
    databaseUrl,
  });
  ensureDebianPackages();
  ensurePostgres(databaseUrl);
  await emptyPostgres(databaseUrl);
  const dir = await contentCopy();
  // The instances inherit it: their watchers write what the desk publishes into the copy.
  process.env.WARTA_CONTENT_DIR = path.join(dir, 'content');
  delete process.env.WARTA_NOW;
  await rm(path.join(layout.runDir, 'redis'), { recursive: true, force: true });
  await rm(path.join(layout.runDir, 'nginx', 'cache'), { recursive: true, force: true });
  const redis = startRedisServer(redisPort, path.join(layout.runDir, 'redis'));
  const stopAll = async (deployment?: { stop(): Promise<void> }) => {
    await deployment?.stop();
    await stopService(redis);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const deployment = await startDeployment(layout);
    const storeEnv = { ...process.env, WARTA_DATABASE_URL: databaseUrl };
    const front = `http://127.0.0.1:${layout.nginxPort}`;
    return { name: 'cluster (nginx)', front, storeEnv, stop: () => stopAll(deployment) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

const wholeSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/** The editor's form for a benchmark article (a new one, or corrected). */
function formOf(s: Story, publishedAt: string, correction?: string): Record<string, string> {
  return {
    title: s.title,
    slug: s.slug,
    summary: `Berita uji tolok ukur meja redaksi ${s.id}.`,
    section: 'riau',
    'authors.rizki-pratama': '1',
    tags: 'Uji Tolok Ukur',
    dateline: 'PEKANBARU, RIAU24.COM',
    'image.src': '/images/articles/b7e41f09.jpg',
    'image.alt': 'Ilustrasi uji tolok ukur',
    'image.credit': 'Ilustrasi Riau24',
    verified: '1',
    publishedAt,
    body: `Kata kunci ${s.word} untuk pencarian.`,
    ...(correction && { ralatBaru: correction }),
  };
}

const samples = new VisibilitySamples();

function record(site: Site, kind: string, pressedIn: number, seconds: Record<string, number>) {
  samples.add([site.name, kind, 'press answered'], pressedIn);
  for (const target of TARGETS) samples.add([site.name, kind, target], seconds[target]!);
  samples.add([site.name, kind, 'both'], Math.max(...TARGETS.map((t) => seconds[t]!)));
}

/** One press measured: until the answer, and until each target shows `s` through the front. */
async function measured(site: Site, s: Story, press: () => Promise<{ status: number }>) {
  const start = Date.now();
  const pressing = press().then((answer) => {
    if (answer.status !== 303) throw new Error(`${s.id}: the press answered ${answer.status}`);
    return (Date.now() - start) / 1000;
  });
  const [pressedIn, seconds] = await Promise.all([
    pressing,
    timeToVisible(site.front, s, start, TARGETS),
  ]);
  return { pressedIn, seconds };
}

async function measure(site: Site): Promise<void> {
  await addDeskAccount(site.storeEnv, EDITOR, 'editor', PASSWORD);
  const session: DeskSession = await signIn(site.front, EDITOR, PASSWORD);
  const run = Date.now().toString(36);
  const stories: { s: Story; id: string; publishedAt: string }[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const s: Story = {
      id: '',
      slug: `uji-meja-tolok-ukur-${run}-${i}`,
      title: `Uji Meja Tolok Ukur ${run} nomor ${i}`,
      word: `kuncimeja${run}n${i}`,
    };
    const publishedAt = toIsoWib(wholeSecond(new Date(Date.now() - 2_000)));
    // The new article's id is given by the desk, known once the press is answered: until then
    // the probes (which read `s` each time) find nothing, as a reader could not either.
    let id = '';
    const { pressedIn, seconds } = await measured(site, s, async () => {
      const answer = await pressButton(
        site.front,
        session,
        deskPaths.newArticle,
        'terbitkan',
        formOf(s, publishedAt),
        '0',
      );
      id = answer.id ?? '';
      s.id = id;
      return answer;
    });
    record(site, 'new', pressedIn, seconds);
    stories.push({ s, id, publishedAt });
    process.stdout.write('.');
  }
  for (const { s, id, publishedAt } of stories) {
    const corrected: Story = { ...s, title: `${s.title} diperbaiki` };
    const editor = deskPaths.article(id);
    // The editor opened before the press, as a browser has it.
    const basis = await editorBasis(site.front, editor, session);
    const form = formOf(corrected, publishedAt, 'Judul diperbaiki oleh redaksi.');
    const { pressedIn, seconds } = await measured(site, corrected, () =>
      pressButton(site.front, session, editor, 'ralat', form, basis),
    );
    record(site, 'correction', pressedIn, seconds);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
}

async function main(): Promise<number> {
  const starts = { sqlite: startSqlite, cluster: startCluster };
  const which = ON === 'both' ? (['sqlite', 'cluster'] as const) : [ON as 'sqlite' | 'cluster'];
  console.log(`bench:desk-publish: ${COUNT} new articles and ${COUNT} corrections on ${which}`);
  for (const name of which) {
    console.log(`${name}: load average at start ${loadAverage()}`);
    const site = await starts[name]();
    try {
      await measure(site);
    } finally {
      console.log(`${name}: load average at end ${loadAverage()}`);
      await site.stop();
    }
  }
  console.log('');
  const met = samples.print(
    ['site', 'press', 'visible on'],
    { p95: 3, max: 10 },
    (row) => row[2] !== 'press answered',
  );
  console.log(`\nTarget p95 <= 3 s and max <= 10 s: ${met ? 'met' : 'NOT met'}.`);
  return met ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
