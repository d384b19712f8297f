/**
 * `npm run bench:desk-list -- [--articles=100000] [--engine=sqlite|postgres] [--runs=30]`
 *
 * The newsroom desk's article list (/ruang-redaksi) at newsroom scale, through its real handler
 * (deskHome, signed in as an editor): p50/p95 for no filter, a deep page, each status, a
 * section, an author, a section or author with a status, and searches, printed as a table
 * (target: p95 ≤ 300 ms). The store is a scratch one, filled once and reused: the bundled
 * content ingested, then N synthetic articles cloned from its articles, spread over its sections
 * and authors (2% drafts, 1% scheduled, 1% withdrawn, the rest live), written in batches as
 * the ingest writes them. SQLite: .data/bench/desk-list-N.sqlite; PostgreSQL: the database
 * WARTA_BENCH_DATABASE_URL names (default warta_store_bench) with `_desk_list_N` appended.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { END_OF_TIME } from '../../lib/now';
import type { Article } from '../../lib/content/types';
import { SERVER_ACTOR } from '../../lib/desk/audit';
import { readCookie, sessionCookieName } from '../../lib/desk/cookies';
import { type DeskDeps, deskHome, signInSubmit } from '../../lib/desk/handlers';
import { addPerson } from '../../lib/desk/people';
import { ingestInto } from '../../lib/ingest';
import { accountsOf } from '../../lib/store/kysely/accounts';
import { deskStoresOf } from '../../lib/store/kysely/desk-stores';
import type { KyselyContentStore } from '../../lib/store/kysely/store';
import type { ArticlePut } from '../../lib/store/writer-port';
import { openPostgresStore } from '../../lib/store/postgres/open';
import { openSqliteStore } from '../../lib/store/sqlite/open';
import { parseArgs } from '../kit/args';
import { loadAverage, percentile } from '../kit/stats';
import { BENCH_DIR, BENCH_NOW_ISO } from './archive';
import { BENCH_PG, emptyDatabase, type Engine, removeSqlite } from './store';

const { options } = parseArgs(
  'npm run bench:desk-list -- [--articles=100000] [--engine=sqlite|postgres] [--runs=30]',
);
const N = Number(options.get('articles') ?? 100_000);
const ENGINE = (options.get('engine') ?? 'sqlite') as Engine;
const RUNS = Number(options.get('runs') ?? 30);
const TARGET_P95_MS = 300;
const BATCH = 500;
const FILLED_KEY = 'bench:desk-list';
const NOW = new Date(BENCH_NOW_ISO);
const ORIGIN = 'http://localhost:3000';
const PASSWORD = 'kata-sandi-bangku-uji';

/** The editor's sign-in, as the browser posts it; the session cookie it sets. */
async function signedIn(deps: DeskDeps, email: string): Promise<string> {
  const response = await signInSubmit(
    new Request(`${ORIGIN}/ruang-redaksi/masuk`, {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        origin: ORIGIN,
      },
      body: new URLSearchParams({ email, password: PASSWORD }).toString(),
    }),
    deps,
  );
  const name = sessionCookieName(false);
  const value = readCookie(response.headers.get('set-cookie')?.split(';')[0] ?? null, name);
  if (!value) throw new Error(`sign-in answered ${response.status}`);
  return `${name}=${value}`;
}
/** One synthetic article every 15 minutes back from the benchmarks' "now". */
const INTERVAL_MS = 15 * 60_000;

/** The scratch store for N articles: a SQLite file, or a PostgreSQL database, of its own. */
const SQLITE_FILE = path.join(BENCH_DIR, `desk-list-${N}.sqlite`);
const PG_URL = (() => {
  const url = new URL(BENCH_PG);
  url.pathname += `_desk_list_${N}`;
  return url.toString();
})();

async function open(): Promise<KyselyContentStore> {
  if (ENGINE === 'postgres') return (await openPostgresStore(PG_URL)).store;
  await mkdir(BENCH_DIR, { recursive: true });
  return (await openSqliteStore(SQLITE_FILE)).store;
}

/** An empty scratch store (what a run cut short left is thrown away). */
async function emptied(): Promise<KyselyContentStore> {
  if (ENGINE === 'postgres') await emptyDatabase(PG_URL);
  else await removeSqlite(SQLITE_FILE);
  return open();
}

async function filled(store: KyselyContentStore): Promise<boolean> {
  const row = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', FILLED_KEY)
    .executeTakeFirst();
  return row?.value === String(N);
}

/** The i-th synthetic article: a bundled one's text, its own id, time, section, author, status. */
function synthetic(
  template: Article,
  i: number,
  sections: readonly string[],
  authors: readonly string[],
): Article {
  const id = `d${i.toString(36).padStart(7, '0')}`;
  const kind = i % 100;
  // Scheduled ones lie ahead of now; the others go back in time.
  const at = kind === 1 ? NOW.getTime() + (i + 1) * 60_000 : NOW.getTime() - i * INTERVAL_MS;
  const publishedAt = new Date(at);
  return {
    ...template,
    id,
    slug: `${template.slug.slice(0, 80)}-${id}`,
    file: `articles/${id}.md`,
    section: sections[i % sections.length]!,
    authors: [authors[i % authors.length]!],
    publishedAt,
    modifiedAt: publishedAt,
    updatedAt: undefined,
    related: [],
    corrections: [],
    status: kind === 0 || kind === 50 ? 'draft' : 'published',
    withdrawn:
      kind === 2 ? { date: new Date(at + 3_600_000), reason: 'Dicabut untuk uji.' } : undefined,
  };
}

async function fill(store: KyselyContentStore): Promise<void> {
  const started = performance.now();
  const { problems } = await ingestInto(store, path.resolve('content'), {});
  if (problems.length) throw new Error(`the bundled content has problems: ${problems.length}`);
  const templates = await store.latest({ now: END_OF_TIME, includeDrafts: true }, 1_000);
  const sections = await store.sections();
  const sectionIds = sections.map((s) => s.id);
  const sectionName = new Map(sections.map((s) => [s.id, s.name]));
  const authors = (await store.authors()).map((a) => a.id);
  for (let from = 0; from < N; from += BATCH) {
    const items: ArticlePut[] = [];
    for (let i = from; i < Math.min(N, from + BATCH); i++) {
      const article = synthetic(templates[i % templates.length]!, i, sectionIds, authors);
      items.push({ article, sectionName: sectionName.get(article.section)!, replace: false });
    }
    await store.write((w) => w.putArticles(items));
    if ((from + BATCH) % 20_000 === 0) console.log(`  written ${from + BATCH}/${N}`);
  }
  await store.write((w) => w.refreshStats('all'));
  await store.settleAfterBulkLoad(N);
  await store.write((w) => w.setMeta(FILLED_KEY, String(N)));
  console.log(`  filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function depsOf(store: KyselyContentStore): DeskDeps {
  return {
    accounts: accountsOf(store),
    now: () => new Date(),
    production: false,
    siteOrigin: ORIGIN,
    ...deskStoresOf(store),
    publish: () => Promise.reject(new Error('the benchmark publishes nothing')),
    siteNow: () => NOW,
    publicRoot: path.join(BENCH_DIR, 'public'),
  };
}

async function main() {
  // A PostgreSQL database that does not exist yet is made (empty) here.
  let store = await open().catch(() => emptied());
  if (await filled(store)) console.log(`${ENGINE}: reusing the store filled with ${N} articles`);
  else {
    console.log(`${ENGINE}: filling a scratch store with ${N} synthetic articles`);
    await store.close();
    store = await emptied();
    await fill(store);
  }
  const deps = depsOf(store);
  const email = 'bench-editor@warta.id';
  if (!(await deps.accounts.userByEmail(email))) {
    const added = await addPerson(
      deps.accounts,
      SERVER_ACTOR,
      { email, name: 'Bench', role: 'editor', password: PASSWORD },
      new Date(),
    );
    if (!added.ok) throw new Error(added.message);
  }
  const cookie = await signedIn(deps, email);
  const section = (await store.sections())[0]!.id;
  const author = (await store.authors())[0]!.id;
  const cases: [string, string][] = [
    ['no filter', ''],
    ['no filter, page 200', '?halaman=200'],
    ['status: draf', '?status=draf'],
    ['status: diajukan', '?status=diajukan'],
    ['status: terjadwal', '?status=terjadwal'],
    ['status: terbit', '?status=terbit'],
    ['status: ditarik', '?status=ditarik'],
    [`rubrik: ${section}`, `?rubrik=${section}`],
    [`penulis: ${author}`, `?penulis=${author}`],
    ['rubrik + terbit', `?rubrik=${section}&status=terbit`],
    ['penulis + ditarik', `?penulis=${author}&status=ditarik`],
    ['rubrik + penulis, page 20', `?rubrik=${section}&penulis=${author}&halaman=20`],
    ['q: pemerintah', '?q=pemerintah'],
    ['q: banjir riau', '?q=banjir+riau'],
    ['q: banjir + rubrik', `?q=banjir&rubrik=${section}`],
    ['q: xyzzy', '?q=xyzzy'],
  ];
  console.log(`\n${ENGINE}, ${N} articles, ${RUNS} runs each, load ${loadAverage(1)}\n`);
  console.log(
    `${'case'.padEnd(28)} ${'rows'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`,
  );
  let worst = 0;
  const request = (query: string) =>
    new Request(`${ORIGIN}/ruang-redaksi${query}`, { headers: { cookie } });
  // Every case once first: the first case timed is not the one that warms the process up.
  for (const [, query] of cases) await (await deskHome(request(query), deps)).text();
  for (const [name, query] of cases) {
    const times: number[] = [];
    let rows = 0;
    for (let run = -3; run < RUNS; run++) {
      const started = performance.now();
      const response = await deskHome(request(query), deps);
      const html = await response.text();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      rows = (html.match(/<tr><td>/g) ?? []).length;
      if (run >= 0) times.push(ms);
    }
    const p95 = percentile(times, 95);
    worst = Math.max(worst, p95);
    console.log(
      `${name.padEnd(28)} ${String(rows).padStart(5)} ${percentile(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}${p95 > TARGET_P95_MS ? '  over target' : ''}`,
    );
  }
  console.log(
    `\nworst p95 ${worst.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms), load ${loadAverage(1)}`,
  );
  await store.close();
  if (worst > TARGET_P95_MS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
