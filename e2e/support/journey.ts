import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import {
  test as base,
  expect,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Response,
} from '@playwright/test';
import { BODY } from '../../lib/desk/article-form';
import sharp from 'sharp';
import { deskPaths } from '../../lib/desk-paths';
import { strings } from '../../lib/strings';
import { e2eSetting } from '../defaults';
import { journeyServer, type JourneyServer } from './journey-server';

/**
 * The desk's journey (e2e/journey/) in Chromium against a writable production server, once per
 * engine: each project names its server (`journeyServer`, e2e/support/journey-server.ts). The
 * people of a test are added with `npm run desk` on that server's store, never as admins (the
 * first admin comes from the server's setup link, e2e/journey/first-admin.spec.ts), with names
 * unique to the run, so the specs run in any order and again against the same server.
 */
export const test = base.extend<object, { journeyServer: JourneyServer }>({
  journeyServer: [journeyServer('sqlite'), { option: true, scope: 'worker' }],
});
export { expect };

export const t = strings.desk;
export const PASSWORD = 'kata-sandi-perjalanan-e2e';
/** Unique to this run (and process), so a second run against the same server starts clean. */
export const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;

const run = promisify(execFile);

/** Adds a writer or an editor with `npm run desk -- user add` on the server's store. */
export async function addPerson(
  server: JourneyServer,
  email: string,
  role: 'penulis' | 'editor',
  name: string,
): Promise<void> {
  const child = run(
    'npx',
    ['tsx', 'scripts/dev/desk.ts', 'user', 'add', email, '--role', role, '--name', name],
    { env: { ...process.env, ...server.storeEnv } },
  );
  child.child.stdin?.end(`${PASSWORD}\n`);
  await child;
}

/** A person of this run: an email unique to the run and engine, a name to find them by. */
export function person(server: JourneyServer, role: string, label: string) {
  const key = `${label}-${server.engine}-${RUN}`;
  return { email: `e2e-${key}@warta.test`, name: `${role} ${key}` };
}

/**
 * A context of its own (a person's browser), from a client address of its own: the server
 * counts failed sign-ins per address too, and the front cache's X-Real-IP names it.
 */
export async function newPerson(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const octet = createHash('sha256').update(`${RUN}${Math.random()}`).digest()[0]!;
  await context.setExtraHTTPHeaders({ 'x-real-ip': `203.0.113.${octet}` });
  return context;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto(deskPaths.signIn);
  await page.getByLabel(t.email, { exact: true }).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.signInButton, exact: true }).click();
}

/** A new context signed in as `email`, on the desk's list. */
export async function signedIn(browser: Browser, baseURL: string, email: string) {
  const context = await newPerson(browser, baseURL);
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/ruang-redaksi$/);
  return { context, page };
}

/** "Now" on the server's running clock: WARTA_NOW at the clock's start, running since. */
export function serverNow(server: JourneyServer): Date {
  const started = readFileSync(`${server.dir}/clock-start`, 'utf8').trim();
  return new Date(
    new Date(e2eSetting('WARTA_NOW')).getTime() + Date.now() - new Date(started).getTime(),
  );
}

/** The last setup link the server printed to its log (as a path of this server), if any. */
export function setupLinkInLog(server: JourneyServer): string | undefined {
  const log = readFileSync(`${server.dir}/server.log`, 'utf8').split('\n');
  const heading = t.setupLinkLog('', 0).split('\n')[0]!.split('(')[0]!;
  const at = log.findLastIndex((line) => line.startsWith(heading));
  if (at < 0) return undefined;
  const url = new URL(log[at + 1]!.trim());
  expect(url.origin).toBe(new URL(e2eSetting('WARTA_SITE_URL')).origin);
  return url.pathname + url.search;
}

/** A small JPEG made here, its pixels from `seed`: each seed is another file once uploaded. */
export async function jpegOf(seed: string): Promise<Buffer> {
  const [r, g, b] = createHash('sha256').update(seed).digest();
  return sharp({
    create: { width: 96, height: 64, channels: 3, background: { r: r!, g: g!, b: b! } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export interface ArticleText {
  title: string;
  summary: string;
  body: string;
  imageSrc: string;
  imageAlt: string;
  imageCredit: string;
}

const f = t.article.fields;

/** Fills the editor's fields an article needs to be submitted or published. */
export async function fillArticle(page: Page, a: ArticleText): Promise<void> {
  await page.getByLabel(f.title!, { exact: true }).fill(a.title);
  await page.getByLabel(f.summary!, { exact: true }).fill(a.summary);
  await page.getByLabel(f.section!, { exact: true }).selectOption({ label: 'Riau' });
  await page.getByLabel(f.body!, { exact: true }).fill(a.body);
  await page.getByLabel('Nurul Hasanah', { exact: true }).check();
  await page.getByLabel(f.dateline!, { exact: true }).fill('PEKANBARU, RIAU24.COM');
  await page.getByLabel(f['image.src']!, { exact: true }).fill(a.imageSrc);
  await page.getByLabel(f['image.alt']!, { exact: true }).fill(a.imageAlt);
  await page.getByLabel(f['image.credit']!, { exact: true }).fill(a.imageCredit);
}

/** The article's id from its editor's URL. */
export function editorId(page: Page): string {
  const id = /\/artikel\/([0-9a-f]{8})(?:[?/]|$)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not an article's editor: ${page.url()}`);
  return id;
}

/**
 * The POST a press of a form's button sends: the page's navigation, not the body editor's live
 * preview or the autosave, which post from the same page while one types.
 */
export function isFormPost(response: Response): boolean {
  return response.request().method() === 'POST' && response.request().isNavigationRequest();
}

/**
 * `Isi` as the form will post it: the textarea under the body editor (with JavaScript the editor
 * keeps it in step, and `getByLabel('Isi')` is the editor itself, which has no value).
 */
export function bodyTextarea(page: Page): Locator {
  return page.locator(`form.desk-article textarea[name="${BODY}"]`);
}

/** The hidden fields of the editor's form as the page holds them (csrf, basis). */
export async function hiddenField(page: Page, name: string): Promise<string> {
  return (await page.locator(`form.desk-article input[name="${name}"]`).inputValue()) ?? '';
}

/** The session cookie of a context, as a Cookie header. */
export async function sessionCookieHeader(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith('warta-redaksi'));
  if (!session) throw new Error('not signed in');
  return `${session.name}=${session.value}`;
}

/** The numbers of an article's revisions, newest first, as its revisions page lists them. */
export async function revisionNumbers(page: Page, id: string): Promise<string[]> {
  await page.goto(deskPaths.revisions(id));
  return page.locator('table tbody tr td:first-child').allTextContents();
}

/** Status and, for a redirect, where to. */
export function statusOf(response: APIResponse) {
  return { status: response.status(), location: response.headers()['location'] };
}
