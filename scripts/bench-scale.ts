/**
 * `npm run bench:scale [-- --sizes=1000,100000] [--million] [--engine=sqlite|postgres|both]`
 *
 * Generates a synthetic archive from the bundled articles (new ids, slugs and dates spread over
 * ten years) under .data/bench/, ingests it into a fresh store, changes one file and ingests
 * again, then times the store queries behind each route (p50/p95 of repeated calls, first call
 * separately) and prints one table per engine. Build time, `.next` size and server figures are
 * not measured here yet (see the report in the issue).
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseDocument } from '../lib/content/markdown';
import { ingestContent } from '../lib/ingest';
import { closeStores, openStore } from '../lib/store';
import type { KyselyContentStore } from '../lib/store/kysely-store';
import type { Visibility } from '../lib/store/port';
import { emptyPostgres } from '../lib/store/test-support/engines';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k ?? '', v];
  }),
);
const sizes = (args.get('sizes') ?? '1000,100000').split(',').map(Number);
if (args.has('million')) sizes.push(1_000_000);
const engineArg = args.get('engine') ?? 'sqlite';
const engines = engineArg === 'both' ? ['sqlite', 'postgres'] : [engineArg];
const BENCH_PG =
  process.env.WARTA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/warta_store_bench';
const RUNS = 40;
const END = Date.parse('2024-12-24T00:00:00+07:00');
const SPAN = 10 * 365 * 86_400_000;

async function generate(n: number): Promise<string> {
  const root = path.resolve('.data/bench', `content-${n}`);
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'articles'), { recursive: true });
  for (const part of ['sections.yaml', 'authors', 'pages'])
    await cp(path.join('content', part), path.join(root, part), { recursive: true });
  const sources = [];
  for (const name of (await readdir('content/articles')).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(path.join('content/articles', name), 'utf8');
    const doc = parseDocument(text);
    sources.push({
      data: doc.data as Record<string, unknown>,
      body: doc.bodySource.replace(/^::baca-juga.*$/gm, ''),
    });
  }
  for (let i = 0; i < n; i++) {
    const source = sources[i % sources.length]!;
    const id = `x${i.toString(36).padStart(7, '0')}`;
    const at = new Date(END - Math.floor((i / n) * SPAN) - (i % 97) * 60_000);
    const data = {
      ...source.data,
      id,
      slug: `${String(source.data.slug).slice(0, 100)}-${i}`,
      publishedAt: at.toISOString().replace('.000Z', '+00:00'),
      related: [],
      status: 'published',
    };
    delete (data as Record<string, unknown>).updatedAt;
    delete (data as Record<string, unknown>).withdrawn;
    delete (data as Record<string, unknown>).corrections;
    await writeFile(
      path.join(root, 'articles', `${id}.md`),
      `---\n${stringify(data)}---\n\n${source.body}\n`,
    );
    if ((i + 1) % 20_000 === 0) console.log(`  generated ${i + 1}/${n}`);
  }
  return root;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(fn: () => Promise<unknown>) {
  const first = performance.now();
  await fn();
  const firstMs = performance.now() - first;
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return { first: firstMs, p50: percentile(runs, 50), p95: percentile(runs, 95) };
}

async function queries(store: KyselyContentStore, n: number) {
  const v: Visibility = { now: new Date(END), includeDrafts: false };
  const perPage = 10;
  const archiveId = `x${Math.floor(n * 0.8)
    .toString(36)
    .padStart(7, '0')}`;
  const section = (await store.sections())[0]!.id;
  const sectionTotal = (await store.list({ kind: 'section', sectionId: section }, v, {
    page: 1,
    perPage,
  }))!.totalPages;
  const tag = (await store.tags(v))[0]!.slug;
  const author = (await store.authors())[0]!.id;
  const article = (await store.articleById(archiveId, v))!;
  let cursor: string | undefined;
  for (let i = 0; i < 2; i++) cursor = (await store.sitemapChunk(v, 1000, cursor)).next;
  return {
    'archive article (+ related)': () =>
      Promise.all([store.articleById(archiveId, v), store.related(article, v, 4)]),
    'front page (latest 12)': () => store.latest(v, 12),
    'section page 1': () =>
      store.list({ kind: 'section', sectionId: section }, v, { page: 1, perPage }),
    [`section deep page (${Math.min(2000, sectionTotal)})`]: () =>
      store.list({ kind: 'section', sectionId: section }, v, {
        page: Math.min(2000, sectionTotal),
        perPage,
      }),
    'tag page 1': () => store.list({ kind: 'tag', tagSlug: tag }, v, { page: 1, perPage }),
    'tags with counts': () => store.tags(v),
    'author page 1': () =>
      store.list({ kind: 'author', authorId: author }, v, { page: 1, perPage }),
    'search "pemerintah"': () =>
      store.search(
        {
          terms: [{ word: 'pemerintah', roots: ['perintah', 'pemerintah'] }],
          page: { page: 1, perPage },
        },
        v,
      ),
    'sitemap chunk (3rd of 1,000)': () => store.sitemapChunk(v, 1000, cursor),
    'count (sitemap index)': () => store.countLive(v),
  };
}

async function benchOne(engine: string, n: number) {
  const root = await generate(n);
  if (engine === 'postgres') {
    await emptyPostgres(BENCH_PG);
    process.env.WARTA_DATABASE_URL = BENCH_PG;
  } else {
    delete process.env.WARTA_DATABASE_URL;
    process.env.WARTA_SQLITE_FILE = path.resolve('.data/bench', `warta-${n}.sqlite`);
    for (const s of ['', '-wal', '-shm'])
      await rm(process.env.WARTA_SQLITE_FILE + s, { force: true });
  }
  let t = performance.now();
  const fresh = await ingestContent({ contentDir: root });
  const freshMs = performance.now() - t;
  if (fresh.problems.length)
    throw new Error(
      `${fresh.problems.length} problems, first: ${JSON.stringify(fresh.problems[0])}`,
    );
  const changedFile = path.join(root, 'articles', `x${(7).toString(36).padStart(7, '0')}.md`);
  await writeFile(
    changedFile,
    (await readFile(changedFile, 'utf8')).replace(/^title: (.*)$/m, 'title: $1 (diubah)'),
  );
  t = performance.now();
  const again = await ingestContent({ contentDir: root });
  const reconcileMs = performance.now() - t;
  await writeFile(
    changedFile,
    (await readFile(changedFile, 'utf8')).replace(' (diubah)', ' (diubah lagi)'),
  );
  t = performance.now();
  const onePath = await ingestContent({ contentDir: root, paths: [changedFile] });
  const onePathMs = performance.now() - t;
  const store = (await openStore(root)).store;
  const rows: [string, { first: number; p50: number; p95: number }][] = [];
  for (const [name, fn] of Object.entries(await queries(store, n)))
    rows.push([name, await timed(fn)]);
  await closeStores();
  return {
    n,
    freshMs,
    reconcileMs,
    reconcileChanges: again.changes.length,
    onePathMs,
    onePathChanges: onePath.changes.length,
    rows,
    rss: process.memoryUsage().rss,
  };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

async function main() {
  for (const engine of engines) {
    const results = [];
    for (const n of sizes) {
      console.log(`${engine}: N = ${n.toLocaleString('en')}`);
      results.push(await benchOne(engine, n));
    }
    console.log(`\n### ${engine}\n`);
    console.log(`| | ${results.map((r) => `N = ${r.n.toLocaleString('en')}`).join(' | ')} |`);
    console.log(`|---|${results.map(() => '---').join('|')}|`);
    console.log(`| fresh ingest | ${results.map((r) => ms(r.freshMs)).join(' | ')} |`);
    console.log(
      `| re-ingest, one file changed (full reconcile) | ${results.map((r) => `${ms(r.reconcileMs)} (${r.reconcileChanges} change)`).join(' | ')} |`,
    );
    console.log(
      `| re-ingest, one file changed (its path given) | ${results.map((r) => `${ms(r.onePathMs)} (${r.onePathChanges} change)`).join(' | ')} |`,
    );
    for (const [i, [name]] of results[0]!.rows.entries()) {
      console.log(
        `| ${name}: first / p50 / p95 | ${results
          .map((r) => {
            const x = r.rows[i]![1];
            return `${ms(x.first)} / ${ms(x.p50)} / ${ms(x.p95)}`;
          })
          .join(' | ')} |`,
      );
    }
    console.log(
      `| bench process RSS after | ${results.map((r) => `${Math.round(r.rss / 1048576)} MB`).join(' | ')} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
