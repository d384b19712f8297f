import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterEach, beforeEach, expect } from 'vitest';
import { ingestInto } from '../ingest';
import { END_OF_TIME } from '../now';
import { publishFiles } from '../publishing/endpoint/handlers';
import type { ContentChange } from '../publishing/ingest-port';
import type { AccountsStore, Role } from '../store/accounts-port';
import { accountsOf } from '../store/kysely/accounts';
import { deskStoresOf } from '../store/kysely/desk-stores';
import type { KyselyContentStore } from '../store/kysely/store';
import { openSqliteStore } from '../store/sqlite/open';
import { SERVER_ACTOR } from './audit';
import { readCookie, sessionCookieName } from './cookies';
import { type DeskDeps, deskHome, signInSubmit } from './handlers';
import { addPerson } from './people';

/**
 * A desk on a fresh SQLite store with a clock the test moves, and requests as a browser on the
 * same site sends them (tests only; the accounts' engine contract is lib/store/accounts.test.ts).
 */
export const ORIGIN = 'http://localhost:3000';
export const PASSWORD = 'kata-sandi-yang-panjang';

/** An article file of a test desk: its id, headline, status and time; the rest filled in. */
export interface FixtureArticle {
  id: string;
  title: string;
  status: 'draft' | 'published';
  publishedAt: string;
  section?: string;
  authors?: string[];
  tags?: string[];
  withdrawn?: { date: string; reason: string };
}

function articleFile(article: FixtureArticle): string {
  const data = {
    id: article.id,
    slug: `artikel-${article.id}`,
    title: article.title,
    summary: `Ringkasan ${article.id}.`,
    section: article.section ?? 'riau',
    tags: article.tags ?? [],
    authors: article.authors ?? ['sari-nur'],
    publishedAt: article.publishedAt,
    dateline: 'PEKANBARU, RIAU24.COM',
    image: { src: TEST_IMAGE, alt: 'Gambar', credit: 'Warta' },
    status: article.status,
    ...(article.withdrawn && { withdrawn: article.withdrawn }),
  };
  return `---\n${stringify(data)}---\n\nIsi artikel ${article.id}.\n`;
}

/** The content folder of a test desk: two sections, two authors and `articles`. */
async function writeContent(root: string, articles: readonly FixtureArticle[]): Promise<void> {
  await mkdir(path.join(root, 'authors'), { recursive: true });
  await mkdir(path.join(root, 'articles'), { recursive: true });
  await writeFile(
    path.join(root, 'sections.yaml'),
    [
      'sections:',
      '  - id: riau',
      '    name: Riau',
      '    description: Kabar dari Riau.',
      '  - id: nasional',
      '    name: Nasional',
      '    description: Kabar nasional.',
      '',
    ].join('\n'),
  );
  for (const [id, name] of [
    ['sari-nur', 'Sari Nur'],
    ['budi-santoso', 'Budi Santoso'],
  ]) {
    await writeFile(
      path.join(root, 'authors', `${id}.yaml`),
      `id: ${id}\nname: ${name}\nrole: Wartawan\nbio: ${name} menulis untuk Warta.\n`,
    );
  }
  for (const article of articles) {
    await writeFile(path.join(root, 'articles', `${article.id}.md`), articleFile(article));
  }
}

/** An image that exists in public/, for an article's lead image. */
export const TEST_IMAGE = '/images/articles/1e6f4a27.jpg';

/** Where a new article starts. */
export const NEW_ARTICLE = '/ruang-redaksi/artikel/baru';
/** The store read as the editor reads it: drafts and scheduled articles, whatever their time. */
export const ANY_TIME = { now: END_OF_TIME, includeDrafts: true };
/** A signed-in person's cookie and form token. */
export type DeskSession = { cookie: string; csrf: string };

/** A complete, valid editor form, with `overrides`. */
export function articleForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Banjir di Pekanbaru',
    summary: 'Air naik setinggi lutut di tiga kecamatan.',
    section: 'riau',
    'authors.sari-nur': '1',
    tags: 'Banjir',
    dateline: 'PEKANBARU, RIAU24.COM',
    'image.src': TEST_IMAGE,
    'image.alt': 'Jalan tergenang',
    'image.credit': 'Warta',
    verified: '1',
    body: 'Hujan deras sejak pagi.\n\nWarga mengungsi ke masjid.',
    ...overrides,
  };
}

/** Opens the store a test desk runs on: by default a fresh SQLite file. */
export type OpenStore = (dir: string) => Promise<KyselyContentStore>;

const freshSqlite: OpenStore = async (dir) =>
  (await openSqliteStore(path.join(dir, 'warta.sqlite'))).store;

export async function testDesk(
  articles: readonly FixtureArticle[] = [],
  open: OpenStore = freshSqlite,
) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-desk-test-'));
  const store = await open(dir);
  const root = path.join(dir, 'content');
  await writeContent(root, articles);
  const ingested = await ingestInto(store, root, {});
  if (ingested.problems.length) throw new Error(JSON.stringify(ingested.problems));
  const accounts: AccountsStore = accountsOf(store);
  let now = new Date('2026-01-05T03:00:00.000Z');
  /** What each publication revalidated, in order. */
  const invalidated: ContentChange[][] = [];
  const quiet = { info() {}, warn() {}, error() {} };
  const deps: DeskDeps = {
    accounts,
    now: () => now,
    production: false,
    siteOrigin: ORIGIN,
    ...deskStoresOf(store),
    // The publish endpoint's path, with this store's ingest and a recorder for invalidation.
    publish: (files) =>
      publishFiles(
        { invalidate: (changes) => void invalidated.push(changes), log: quiet },
        (options) => ingestInto(store, root, options ?? {}),
        files,
      ),
    siteNow: () => now,
    publicRoot: path.join(dir, 'public'),
  };
  return {
    deps,
    accounts,
    store,
    /** The desk's content folder, ingested into `store`. */
    root,
    invalidated,
    close: () => store.close(),
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    async person(email: string, role: Role) {
      const outcome = await addPerson(
        accounts,
        SERVER_ACTOR,
        { email, name: email.split('@')[0]!, role, password: PASSWORD },
        now,
      );
      if (!outcome.ok) throw new Error(outcome.message);
    },
  };
}

export type TestDesk = Awaited<ReturnType<typeof testDesk>>;

/** Three stored articles, live, draft and scheduled; the first headline holds markup a page must escape. */
export const ARTICLES: readonly FixtureArticle[] = [
  {
    id: 'a1a1a1a1',
    title: 'Banjir <b>Pekanbaru</b>',
    status: 'published',
    publishedAt: '2026-01-04T00:00:00Z',
    tags: ['Banjir'],
  },
  {
    id: 'a2a2a2a2',
    title: 'Draf anggaran',
    status: 'draft',
    publishedAt: '2026-01-06T00:00:00Z',
    section: 'nasional',
  },
  {
    id: 'a3a3a3a3',
    title: 'Pelantikan',
    status: 'published',
    publishedAt: '2026-01-09T00:00:00Z',
    authors: ['budi-santoso'],
  },
];

/**
 * A fresh desk for every test of the calling file (or describe block), closed after it: ARTICLES,
 * and an admin, an editor and a writer (admin@, editor@ and penulis@warta.id, password
 * PASSWORD), on the store `open` gives (a fresh SQLite file unless told). `desk` stands for the
 * current test's desk; `signedIn(email)` signs one of them in on it.
 */
export function deskForEachTest(open?: OpenStore): {
  desk: TestDesk;
  signedIn: (email: string) => Promise<{ cookie: string; csrf: string }>;
} {
  let current: TestDesk | undefined;
  beforeEach(async () => {
    current = await testDesk(ARTICLES, open);
    await current.person('admin@warta.id', 'admin');
    await current.person('editor@warta.id', 'editor');
    await current.person('penulis@warta.id', 'penulis');
  }, 60_000);
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = () => {
    if (!current) throw new Error('the desk exists only while a test runs');
    return current;
  };
  const desk: TestDesk = {
    get deps() {
      return now().deps;
    },
    get accounts() {
      return now().accounts;
    },
    get store() {
      return now().store;
    },
    get root() {
      return now().root;
    },
    get invalidated() {
      return now().invalidated;
    },
    close: () => now().close(),
    advance: (minutes) => now().advance(minutes),
    person: (email, role) => now().person(email, role),
  };
  return { desk, signedIn: (email) => signedInOn(desk.deps, email) };
}

export function signInRequest(email: string, password = PASSWORD, options: RequestOptions = {}) {
  return post('/ruang-redaksi/masuk', { form: { email, password }, ...options });
}

/** Signs `email` in: the session cookie, and the form token of the page it lands on. */
async function signedInOn(
  deps: DeskDeps,
  email: string,
): Promise<{ cookie: string; csrf: string }> {
  const response = await signInSubmit(signInRequest(email), deps);
  expect(response.status).toBe(303);
  const cookie = cookieFrom(response);
  const csrf = await csrfFrom(await deskHome(get('/ruang-redaksi', { cookie }), deps));
  return { cookie, csrf };
}

export const expectPrivate = (response: Response) =>
  expect(response.headers.get('cache-control')).toBe('private, no-store');

export interface RequestOptions {
  cookie?: string;
  form?: Record<string, string>;
  /** Headers a browser sends (Sec-Fetch-Site, Origin), replacing the same-site defaults. */
  headers?: Record<string, string>;
  address?: string;
}

export function get(pathAndQuery: string, { cookie, headers }: RequestOptions = {}): Request {
  return new Request(ORIGIN + pathAndQuery, {
    headers: { host: 'localhost:3000', ...(cookie && { cookie }), ...headers },
  });
}

export function post(pathAndQuery: string, options: RequestOptions = {}): Request {
  return new Request(ORIGIN + pathAndQuery, {
    method: 'POST',
    headers: {
      host: 'localhost:3000',
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.headers ?? { 'sec-fetch-site': 'same-origin', origin: ORIGIN }),
      ...(options.cookie && { cookie: options.cookie }),
      ...(options.address && { 'x-real-ip': options.address }),
    },
    body: new URLSearchParams(options.form ?? {}).toString(),
  });
}

/** The session cookie a response sets, as a Cookie header sends it back. */
export function cookieFrom(response: Response, production = false): string {
  const name = sessionCookieName(production);
  const value = readCookie(response.headers.get('set-cookie')?.split(';')[0] ?? null, name);
  if (!value) throw new Error('no session cookie set');
  return `${name}=${value}`;
}

/** The form token a signed-in page carries. */
export async function csrfFrom(response: Response): Promise<string> {
  const match = /name="csrf" value="([^"]+)"/.exec(await response.text());
  if (!match?.[1]) throw new Error('no form token on the page');
  return match[1];
}

/** A page without the desk's own script tags (the editor's autosave and body editor): any other script remains. */
export function withoutDeskScript(html: string): string {
  return html
    .replace(
      /<script src="\/ruang-redaksi\/autosimpan\.js\?v=[0-9a-f]{12}" defer=""><\/script>/,
      '',
    )
    .replace(
      /<script src="\/ruang-redaksi\/aset\/penyunting\.[0-9a-f]{12}\.js" defer=""><\/script>/,
      '',
    );
}
