/**
 * npm run bench:publish: how long from "save" to "visible", on a production server whose
 * watcher is on. Publishes BENCH_COUNT (20) new articles and as many corrections one by one,
 * first by saving files into the server's content folder, then by `npm run publish` (the
 * endpoint), and prints p50 / p95 / max seconds until each is visible on the article URL, the
 * front page, the Google News sitemap and search. Target: p95 <= 5 s, max <= 10 s.
 *
 * By default it starts its own server (scripts/ci/live-server.sh on BENCH_PORT, 3260) from the
 * build in NEXT_DIST_DIR (.next) over a copy of content/, with the real clock (its output in
 * $TMPDIR/warta-bench-publish-PORT.log), and stops it at the end. Against a server already running: BENCH_BASE_URL, BENCH_CONTENT_DIR (the folder it
 * watches; never the repository's content/) and WARTA_PUBLISH_SECRET.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { toIsoWib } from '../../lib/dates';
import { parseArgs, positiveInteger } from '../kit/args';
import { startService, stopService, waitForHttp } from '../kit/processes';
import { loadAverage } from '../kit/stats';
import {
  type Story as ShownStory,
  type Target,
  TARGETS,
  timeToVisible,
  VisibilitySamples,
} from '../kit/visibility';

parseArgs('npm run bench:publish (its settings from the environment: scripts/bench/publish.ts)');
const COUNT = positiveInteger('BENCH_COUNT', 20);

interface Server {
  base: string;
  contentDir: string;
  secret: string;
  stop(): Promise<void>;
}

/** How long a server may take to answer: the live server copies the build first. */
const START_TIMEOUT_MS = 120_000;

async function startServer(): Promise<Server> {
  const external = process.env.BENCH_BASE_URL;
  if (external) {
    const contentDir = path.resolve(process.env.BENCH_CONTENT_DIR ?? '');
    const secret = process.env.WARTA_PUBLISH_SECRET ?? '';
    if (!process.env.BENCH_CONTENT_DIR || contentDir === path.resolve('content') || !secret) {
      throw new Error(
        'BENCH_BASE_URL needs BENCH_CONTENT_DIR (the folder the server watches, not ./content) ' +
          'and WARTA_PUBLISH_SECRET',
      );
    }
    await waitForHttp(external, START_TIMEOUT_MS);
    return { base: external, contentDir, secret, stop: async () => undefined };
  }
  const port = Number(process.env.BENCH_PORT ?? 3260);
  const dir = path.join(os.tmpdir(), `warta-bench-publish-${port}`);
  const secret = randomBytes(24).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WARTA_LIVE_DIR: dir,
    WARTA_PUBLISH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.WARTA_NOW; // the real clock: the news sitemap's two days are today's
  const server = startService('live server', 'bash', ['scripts/ci/live-server.sh', String(port)], {
    env,
    logFile: path.join(os.tmpdir(), `warta-bench-publish-${port}.log`),
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopService(server);
    await rm(`.next-live-${port}`, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(base, START_TIMEOUT_MS, server, 500);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, contentDir: path.join(dir, 'content'), secret, stop };
}

interface Story extends ShownStory {
  publishedAt: string;
  corrected?: boolean;
}

function storyFile(s: Story): string {
  const frontmatter = {
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: `Berita uji tolok ukur penerbitan ${s.id}.`,
    section: 'riau',
    tags: ['Uji Tolok Ukur'],
    authors: ['rizki-pratama'],
    publishedAt: s.publishedAt,
    ...(s.corrected ? { updatedAt: toIsoWib(wholeSecond(new Date())) } : {}),
    dateline: 'PEKANBARU, RIAU24.COM',
    image: {
      src: '/images/articles/b7e41f09.jpg',
      alt: 'Ilustrasi uji tolok ukur',
      credit: 'Ilustrasi Riau24',
    },
    status: 'published',
    ...(s.corrected
      ? {
          corrections: [
            { date: toIsoWib(wholeSecond(new Date())), text: 'Judul diperbaiki oleh redaksi.' },
          ],
        }
      : {}),
  };
  return `---\n${stringify(frontmatter)}---\n\nKata kunci ${s.word} untuk pencarian.\n`;
}

const wholeSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

function runPublishCommand(server: Server, editorDir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'publish', '--', file], {
      env: {
        ...process.env,
        WARTA_CONTENT_DIR: editorDir,
        WARTA_PUBLISH_URLS: server.base,
        WARTA_PUBLISH_SECRET: server.secret,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run publish: exit ${code}\n${out}`)),
    );
  });
}

type Mode = 'file save' | 'npm run publish';
type Kind = 'new' | 'correction';
const samples = new VisibilitySamples();

/** Seconds per target; for the command also when it exited (its own start-up is in it). */
type Timing = Record<Target, number> & { 'command exit'?: number };

function record(mode: Mode, kind: Kind, seconds: Timing): void {
  const add = (what: string, value: number) => samples.add([mode, kind, what], value);
  for (const target of TARGETS) add(target, seconds[target]);
  add('all four', Math.max(...TARGETS.map((t) => seconds[t])));
  if (seconds['command exit'] !== undefined) add('command exit', seconds['command exit']);
}

async function publishOne(server: Server, mode: Mode, editorDir: string, s: Story) {
  const name = `articles/${s.id}.md`;
  const start = Date.now();
  if (mode === 'file save') {
    await writeFile(path.join(server.contentDir, name), storyFile(s));
  } else {
    const file = path.join(editorDir, name);
    await writeFile(file, storyFile(s));
    const running = runPublishCommand(server, editorDir, file).then(
      () => (Date.now() - start) / 1000,
    );
    const [seconds, exited] = await Promise.all([
      timeToVisible(server.base, s, start, TARGETS),
      running,
    ]);
    return { ...seconds, 'command exit': exited };
  }
  return timeToVisible(server.base, s, start, TARGETS);
}

function printTable(): boolean {
  return samples.print(
    ['how', 'change', 'visible on'],
    { p95: 5, max: 10 },
    (row) => row[2] !== 'command exit',
  );
}

async function main(): Promise<number> {
  const server = await startServer();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.stop().finally(() => process.exit(130)));
  }
  const run = Date.now().toString(36);
  const editorDir = path.join(os.tmpdir(), `warta-bench-editor-${run}`, 'content');
  await mkdir(path.join(editorDir, 'articles'), { recursive: true });
  console.log(
    `bench:publish on ${server.base}, ${COUNT} new articles and ${COUNT} corrections each way`,
  );
  console.log(`load average at start: ${loadAverage()}`);
  try {
    for (const mode of ['file save', 'npm run publish'] as Mode[]) {
      const tag = mode === 'file save' ? 'berkas' : 'perintah';
      // Each new article, then its correction: the corrected one is the newest, so it is on
      // the front page (an older one may rightly have left it).
      for (let i = 1; i <= COUNT; i++) {
        const s: Story = {
          id: `uji-${tag}-${run}-${i}`,
          slug: `uji-tolok-ukur-${tag}-${i}`,
          title: `Uji Tolok Ukur ${tag} ${run} nomor ${i}`,
          word: `kunci${tag}${run}n${i}`,
          publishedAt: toIsoWib(wholeSecond(new Date(Date.now() - 2_000))),
        };
        record(mode, 'new', await publishOne(server, mode, editorDir, s));
        Object.assign(s, {
          corrected: true,
          title: `${s.title} diperbaiki`,
          word: `${s.word}ralat`,
        });
        record(mode, 'correction', await publishOne(server, mode, editorDir, s));
        process.stdout.write('.');
      }
    }
  } finally {
    console.log(`\nload average at end: ${loadAverage()}\n`);
    await server.stop();
    await rm(path.dirname(editorDir), { recursive: true, force: true });
  }
  const met = printTable();
  console.log(`\nTarget p95 <= 5 s and max <= 10 s: ${met ? 'met' : 'NOT met'}.`);
  return met ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
