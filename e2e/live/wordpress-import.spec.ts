import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { EMBED_FRAME_ORIGINS } from '../../lib/http/security-headers';
import { readReport, type ReportEntry } from '../../lib/import/wordpress/report';
import { E2E_LIVE_DIR } from '../../playwright.config';
import { newsSitemapPaths, readPage, rssItems } from '../support/live';
import { offline } from '../support/offline';

/**
 * A WordPress newsroom brought in while the site runs: `npm run import:wordpress` on the
 * importer's fixture export (lib/import/wordpress/fixtures/newsroom.xml: classic and block
 * markup, shortcodes, a gallery, embeds, a scheduled post, a draft, a private and a
 * password-protected post, pages) into the live server's content folder and store, as a
 * newsroom runs it; then every address is asked of the server as a reader's browser or a
 * search engine would.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const FIXTURES = path.resolve('lib/import/wordpress/fixtures');
const CONTENT = path.join(E2E_LIVE_DIR, 'content');
const REPORT = path.join(E2E_LIVE_DIR, 'laporan-wordpress.jsonl');
/**
 * Where the importer copies the fixture's uploads: the project's public/ (beside the committed
 * site default image, public/images/wp/gambar-bawaan.jpg), which the live server serves.
 */
const UPLOADS_COPY = path.resolve('public/images/wp/2024');
const uploadsCopiedHere = !existsSync(UPLOADS_COPY);

interface Manifest {
  files: Record<string, string>;
  redirects: Record<string, string>;
}

let manifest: Manifest;
let entries: ReportEntry[];
/** Visible within this long of the import (the watcher and the caches, as for any edit). */
const VISIBLE_WITHIN = { timeout: 15_000, intervals: [250, 500, 1_000] };

test.beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WARTA_CONTENT_DIR: CONTENT,
    WARTA_SQLITE_FILE: path.join(E2E_LIVE_DIR, 'store.sqlite'),
  };
  delete env.WARTA_DATABASE_URL;
  await promisify(execFile)(
    'npx',
    [
      'tsx',
      'scripts/dev/import-wordpress.ts',
      path.join(FIXTURES, 'newsroom.xml'),
      '--uploads',
      path.join(FIXTURES, 'uploads'),
      '--report',
      REPORT,
    ],
    { env, timeout: 90_000 },
  );
  manifest = JSON.parse(readFileSync(path.join(CONTENT, '.wordpress-import.json'), 'utf8'));
  entries = readReport(REPORT).entries;
});

test.afterAll(() => {
  if (uploadsCopiedHere) rmSync(UPLOADS_COPY, { recursive: true, force: true });
});

const byId = (id: number) => entries.find((e) => e.wpId === id);

test('every old address answers 308 to its new page, which answers 200', async ({ request }) => {
  // A scheduled post's old addresses are kept too; they answer from its minute on (below).
  const redirects = Object.entries(manifest.redirects).filter(
    ([, target]) => !target.startsWith('/berita/wp-12/'),
  );
  expect(redirects.length).toBeGreaterThan(40);
  const targets = new Set<string>();
  for (const [oldPath, target] of redirects) {
    await test.step(oldPath, async () => {
      await expect
        .poll(async () => {
          const answer = await request.get(oldPath, { maxRedirects: 0 });
          return [answer.status(), answer.headers()['location']];
        }, VISIBLE_WITHIN)
        .toEqual([308, target]);
    });
    targets.add(target);
  }
  for (const target of targets) {
    await test.step(target, async () => {
      await expect
        .poll(async () => (await request.get(target, { maxRedirects: 0 })).status(), VISIBLE_WITHIN)
        .toBe(200);
    });
  }
  // Every published post and page is among them, by its WordPress id and its permalink.
  expect(manifest.redirects['/?p=10']).toBe('/berita/wp-10/banjir-kampar-meluas');
  expect(manifest.redirects['/2024/05/relawan-dapur-umum/']).toBe(
    '/berita/wp-11/relawan-dapur-umum',
  );
  expect(manifest.redirects['/?page_id=20']).toBe('/sejarah');
  // An old address that is Warta's own page with a closing slash: the page, by the same 308.
  for (const [oldPath, target] of [
    ['/sejarah/', '/sejarah'],
    ['/tag/banjir/', '/tag/banjir'],
  ] as const) {
    const answer = await request.get(oldPath, { maxRedirects: 0 });
    expect([answer.status(), answer.headers()['location']]).toEqual([308, target]);
  }
});

test('scheduled, draft, private and protected posts have no page, no list, no old address', async ({
  page,
  request,
}) => {
  // 12 is scheduled for 2099, 13 a draft, 14 private, 15 behind a password.
  for (const id of [12, 13, 14, 15]) expect(byId(id)?.file).toBe(`articles/wp-${id}.md`);
  for (const id of [13, 14, 15])
    expect(Object.values(manifest.redirects)).not.toContain(expect.stringContaining(`wp-${id}/`));
  // The scheduled post's old address is kept for its minute, and until then is no redirect.
  expect(manifest.redirects['/2099/01/jadwal-debat/']).toMatch(/^\/berita\/wp-12\//);
  // The published ones are in (the same moment as the rest is checked).
  await expect
    .poll(async () => (await newsSitemapPaths(request)).length, VISIBLE_WITHIN)
    .toBeGreaterThan(0);
  const lists = [
    ...(await readPage(page, request, '/')).hrefs,
    ...(await readPage(page, request, '/kanal/nasional')).hrefs,
    ...(await readPage(page, request, '/cari?q=sawit')).hrefs,
    ...(await readPage(page, request, '/cari?q=debat')).hrefs,
    ...(await rssItems(request)).map((item) => item.path),
    ...(await newsSitemapPaths(request)),
  ];
  for (const id of [12, 13, 14, 15]) {
    expect((await request.get(`/berita/wp-${id}`, { maxRedirects: 0 })).status()).toBe(404);
    expect(lists.filter((href) => href.includes(`/wp-${id}/`))).toEqual([]);
  }
  for (const oldPath of [
    '/?p=12',
    '/2099/01/jadwal-debat/',
    '/?p=13',
    '/2024/05/catatan-internal/',
    '/2024/05/laporan-khusus/',
  ])
    expect((await request.get(oldPath, { maxRedirects: 0 })).status()).not.toBe(308);
});

test('no page shows WordPress markup: no shortcode, no block comment, no script', async ({
  page,
  request,
}) => {
  const pages = ['/berita/wp-10/banjir-kampar-meluas', '/berita/wp-11/relawan-dapur-umum'];
  for (const url of [...pages, '/sejarah', '/kanal/nasional', '/feed/rss.xml']) {
    const answer = await request.get(url);
    expect(answer.status()).toBe(200);
    const source = await answer.text();
    for (const marker of ['[gallery', '[caption', '<!-- wp:', '[embed', '[vc_', '[contact'])
      expect(source, `${url}: ${marker}`).not.toContain(marker);
    if (url.startsWith('/berita/')) {
      const read = await readPage(page, request, url);
      expect(read.text).not.toMatch(/\[\/?[a-z_]+[^\]]*\]/);
    }
  }
  // The fixture's <script> and its advertising iframe were dropped, and reported.
  expect(byId(10)?.outcome).toBe('approximate');
  const ten = await request.get(pages[0]!);
  expect(await ten.text()).not.toContain('iklan.test');
});

test('an imported embed loads nothing from its provider until a click, then its player', async ({
  page,
  baseURL,
}) => {
  const players = new Set(EMBED_FRAME_ORIGINS.map((origin) => new URL(origin).host));
  const offsite = await offline(page, baseURL, players);
  const response = await page.goto('/berita/wp-10/banjir-kampar-meluas', { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
  const figure = page.locator('figure[data-embed="youtube"]');
  await expect(figure).toHaveCount(1);
  await figure.locator('.embed__load').click();
  await expect(figure.locator('iframe')).toHaveAttribute(
    'src',
    /^https:\/\/www\.youtube-nocookie\.com\//,
  );
  await expect(figure.frameLocator('iframe').locator('p')).toHaveText('Pemutar uji');
  expect(offsite.every((url) => players.has(new URL(url).host))).toBe(true);
  // The gallery of the other post: its photos as figures with their captions, without JavaScript's help.
  await page.goto('/berita/wp-11/relawan-dapur-umum');
  await expect(page.locator('figure.gallery figure.gallery__item')).toHaveCount(2);
});
