import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { previewLink } from '../../lib/publishing/preview/links';
import { E2E_PREVIEW_SECRET } from '../../playwright.config';
import {
  articleFile,
  newsSitemapPaths,
  readPage,
  rssItems,
  saveArticleFile,
  serverNow,
  wib,
  type LiveArticle,
} from '../support/live';

/**
 * Publishing without a rebuild, against the live production server (scripts/ci/live-server.sh):
 * files are saved into its copy of the content while it runs, and every page is read back as a
 * reader or a crawler gets it. "Visible" means within 10 s of the save (the publishing target).
 */

// Each step has its own limit (10 s to be visible); the whole test may take longer on a busy
// machine, where the pages read before the save are slow too.
test.describe.configure({ timeout: 90_000 });

const VISIBLE_WITHIN = { timeout: 10_000, intervals: [250, 500] };
/** Opening a preview renders a whole article page per try: slower on a busy machine. */
const PREVIEW_WITHIN = { timeout: 20_000, intervals: [500, 1_000] };
const articlePath = (a: { id: string; slug: string }) => `/berita/${a.id}/${a.slug}`;

/** Ids unique to this run, so a second run against the same server starts clean. */
const RUN = Date.now().toString(36);

function article(name: string, over: Partial<LiveArticle> = {}): LiveArticle {
  const id = `${name}-${RUN}`;
  return {
    id,
    slug: `berita-uji-${id}`,
    title: `Berita Uji ${id}`,
    summary: `Ringkasan berita uji ${id} untuk memeriksa penerbitan tanpa membangun ulang.`,
    section: 'olahraga',
    tags: ['Uji Terbit'],
    // A few seconds ago on the server's running clock: the newest article of the site.
    publishedAt: wib(new Date(serverNow().getTime() - 5_000)),
    body: `Kata kunci unik ${keyword({ id })} hanya ada di berita ini.\n\nParagraf kedua.`,
    ...over,
  };
}

async function hrefs(page: Page, request: APIRequestContext, url: string) {
  return (await readPage(page, request, url)).hrefs;
}

/** The one word only this article's body holds. */
const keyword = (a: { id: string }) => a.id.replaceAll('-', '');

async function searchHrefs(page: Page, request: APIRequestContext, word: string) {
  return hrefs(page, request, `/cari?q=${encodeURIComponent(word)}`);
}

async function publishAndWait(page: Page, request: APIRequestContext, a: LiveArticle) {
  await saveArticleFile(`${a.id}.md`, articleFile(a));
  await expect
    .poll(async () => (await readPage(page, request, articlePath(a))).h1, VISIBLE_WITHIN)
    .toContain(a.title);
}

test('a saved article reaches its page, the lists, sitemaps, feeds, search and other pages within 10 s', async ({
  page,
  request,
}) => {
  // Before: page 2 of Internasional and another article's "latest" list, as cached.
  const pageTwo = '/kanal/internasional/halaman/2';
  const listed = async (url: string) => (await readPage(page, request, url)).listed;
  const firstPage = await listed('/kanal/internasional');
  const other =
    '/berita/b7e41f09/jembatan-runtuh-di-brasil-asam-sulfat-tumpah-ke-sungai-picu-krisis-ekologis';
  const lastOfFirstPage = firstPage.filter((h) => h.startsWith('/berita/')).at(-1) ?? '';
  expect(lastOfFirstPage).not.toBe('');
  expect(await listed(pageTwo)).not.toContain(lastOfFirstPage);

  const a = article('uji-baru', { section: 'internasional', tags: ['Uji Baru'] });
  const path = articlePath(a);
  await saveArticleFile(`2026-${a.id}.md`, articleFile(a));
  const savedAt = Date.now();

  // Every check at once, each until 10 s after the save (not 10 s each, one after the other).
  const within = () => ({
    timeout: Math.max(savedAt + 10_000 - Date.now(), 1),
    intervals: [500, 1_000],
  });
  await Promise.all([
    expect.poll(async () => (await readPage(page, request, path)).status, within()).toBe(200),
    expect.poll(() => hrefs(page, request, '/'), within()).toContain(path),
    expect.poll(() => hrefs(page, request, '/kanal/internasional'), within()).toContain(path),
    expect.poll(() => hrefs(page, request, '/tag/uji-baru'), within()).toContain(path),
    expect.poll(() => newsSitemapPaths(request), within()).toContain(path),
    expect.poll(async () => (await rssItems(request)).map((i) => i.path), within()).toContain(path),
    expect.poll(() => searchHrefs(page, request, keyword(a)), within()).toContain(path),
    // What no literal path names: a later listing page shifts by one, and other articles'
    // "latest" lists show the new one (both only through their cache tags).
    expect.poll(() => listed(pageTwo), within()).toContain(lastOfFirstPage),
    expect.poll(() => hrefs(page, request, other), within()).toContain(path),
  ]);
});

test('a changed headline and slug: 308 from the old URL, the new headline everywhere', async ({
  page,
  request,
}) => {
  const before = article('uji-ralat', { section: 'ekonomi', tags: ['Uji Ralat'] });
  await publishAndWait(page, request, before);
  await expect
    .poll(() => hrefs(page, request, '/kanal/ekonomi'), VISIBLE_WITHIN)
    .toContain(articlePath(before));

  const after: LiveArticle = {
    ...before,
    slug: `judul-baru-setelah-ralat-${RUN}`,
    title: 'Judul Baru Setelah Ralat',
    updatedAt: wib(serverNow()),
    corrections: [{ date: wib(serverNow()), text: 'Judul sebelumnya keliru menyebut angka.' }],
    body: `${before.body}\n\nKata baru judulbaruralat.`,
  };
  await saveArticleFile(`${before.id}.md`, articleFile(after));

  await expect
    .poll(async () => {
      const old = await readPage(page, request, articlePath(before));
      return [old.status, old.headers['location']];
    }, VISIBLE_WITHIN)
    .toEqual([308, articlePath(after)]);
  const updated = await readPage(page, request, articlePath(after));
  expect(updated.status).toBe(200);
  expect(updated.h1).toContain(after.title);
  expect(updated.text).toContain('Diperbarui');
  expect(updated.text).toContain('Judul sebelumnya keliru menyebut angka.');
  for (const list of ['/', '/kanal/ekonomi', '/tag/uji-ralat']) {
    await expect
      .poll(() => hrefs(page, request, list), VISIBLE_WITHIN)
      .toContain(articlePath(after));
    expect(await hrefs(page, request, list)).not.toContain(articlePath(before));
  }
  await expect.poll(() => newsSitemapPaths(request), VISIBLE_WITHIN).toContain(articlePath(after));
  await expect
    .poll(
      async () => (await rssItems(request)).find((i) => i.path === articlePath(after))?.title,
      VISIBLE_WITHIN,
    )
    .toBe(after.title);
  await expect
    .poll(() => searchHrefs(page, request, 'judulbaruralat'), VISIBLE_WITHIN)
    .toContain(articlePath(after));
});

test('a withdrawal answers 410 with the reason and leaves every list', async ({
  page,
  request,
}) => {
  const a = article('uji-cabut', { section: 'riau', tags: ['Uji Cabut'] });
  await publishAndWait(page, request, a);
  const path = articlePath(a);
  await expect.poll(() => hrefs(page, request, '/kanal/riau'), VISIBLE_WITHIN).toContain(path);

  const reason = 'Dicabut atas perintah Dewan Pers karena narasumber tidak dapat diverifikasi.';
  await saveArticleFile(
    `${a.id}.md`,
    articleFile({ ...a, withdrawn: { date: wib(serverNow()), reason } }),
  );

  await expect
    .poll(async () => (await readPage(page, request, path)).status, VISIBLE_WITHIN)
    .toBe(410);
  expect((await readPage(page, request, path)).text).toContain(reason);
  for (const list of ['/', '/kanal/riau']) {
    await expect.poll(() => hrefs(page, request, list), VISIBLE_WITHIN).not.toContain(path);
  }
  await expect.poll(() => newsSitemapPaths(request), VISIBLE_WITHIN).not.toContain(path);
  await expect
    .poll(async () => (await rssItems(request)).map((i) => i.path), VISIBLE_WITHIN)
    .not.toContain(path);
  await expect
    .poll(() => searchHrefs(page, request, keyword(a)), VISIBLE_WITHIN)
    .not.toContain(path);
});

test('a scheduled article is a 404 until its minute, then live by itself', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // Whole seconds, as the file says it.
  const at = new Date(Math.floor((serverNow().getTime() + 40_000) / 1000) * 1000);
  const a = article('uji-jadwal', {
    section: 'nasional',
    tags: ['Uji Jadwal'],
    publishedAt: wib(at),
  });
  const path = articlePath(a);
  await saveArticleFile(`${a.id}.md`, articleFile(a));
  // Let the watcher store it, then ask for it while it is still scheduled (a 404, kept nowhere).
  await page.waitForTimeout(3_000);
  expect(serverNow().getTime()).toBeLessThan(at.getTime() - 10_000);
  expect((await readPage(page, request, path)).status).toBe(404);
  expect(await hrefs(page, request, '/')).not.toContain(path);
  expect(await hrefs(page, request, '/kanal/nasional')).not.toContain(path);
  expect(await newsSitemapPaths(request)).not.toContain(path);
  expect((await rssItems(request)).map((i) => i.path)).not.toContain(path);
  expect(await searchHrefs(page, request, keyword(a))).not.toContain(path);

  // Live at its minute (±60 s allows more; this asks for 20 s), with nobody acting.
  const deadline = at.getTime() - serverNow().getTime() + 20_000;
  await expect
    .poll(async () => (await readPage(page, request, path)).status, {
      timeout: deadline,
      intervals: [1_000],
    })
    .toBe(200);
  expect(serverNow().getTime()).toBeGreaterThanOrEqual(at.getTime());
  await expect.poll(() => hrefs(page, request, '/'), VISIBLE_WITHIN).toContain(path);
  await expect.poll(() => hrefs(page, request, '/kanal/nasional'), VISIBLE_WITHIN).toContain(path);
  await expect.poll(() => newsSitemapPaths(request), VISIBLE_WITHIN).toContain(path);
});

test('a draft is seen through its signed preview link and nowhere else', async ({
  page,
  request,
}) => {
  const a = article('uji-draf', { status: 'draft', tags: ['Uji Draf'] });
  const path = articlePath(a);
  await saveArticleFile(`${a.id}.md`, articleFile(a));

  // The editor opens the link: draft mode and the signed cookie, then the preview page.
  await expect
    .poll(async () => {
      const response = await page.goto(previewLink(a.id, E2E_PREVIEW_SECRET));
      return response?.status();
    }, PREVIEW_WITHIN)
    .toBe(200);
  expect(new URL(page.url()).pathname).toBe(`/pratinjau/${a.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
  await expect(page.getByRole('status')).toContainText('Pratinjau');
  const response = await page.request.get(`/pratinjau/${a.id}`);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(response.headers()['cache-control']).toContain('private');
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // Without the link's cookie: the site's 404. And nowhere public.
  const stranger = await readPage(page, request, `/pratinjau/${a.id}`);
  expect(stranger.status).toBe(404);
  expect(stranger.headers['cache-control']).toContain('no-store');
  expect((await readPage(page, request, path)).status).toBe(404);
  expect(await hrefs(page, request, '/')).not.toContain(path);
  expect(await hrefs(page, request, '/kanal/olahraga')).not.toContain(path);
  expect(await newsSitemapPaths(request)).not.toContain(path);
  expect((await rssItems(request)).map((i) => i.path)).not.toContain(path);
  expect(await searchHrefs(page, request, keyword(a))).not.toContain(path);
});

test('an invalid file saved while the site runs leaves the live version untouched', async ({
  page,
  request,
}) => {
  const a = article('uji-rusak', { tags: ['Uji Rusak'] });
  await publishAndWait(page, request, a);
  const path = articlePath(a);

  // Saved over with a broken date and a missing headline: reported, not published.
  const broken = articleFile({ ...a, title: '', publishedAt: 'kemarin sore' });
  await saveArticleFile(`${a.id}.md`, broken);
  // A valid file saved after it is published: the watcher went past the broken one.
  const witness = article('uji-saksi', { tags: ['Uji Saksi'] });
  await publishAndWait(page, request, witness);

  const live = await readPage(page, request, path);
  expect(live.status).toBe(200);
  expect(live.h1).toContain(a.title);
  expect(await hrefs(page, request, '/')).toContain(path);
});
