import type { Page } from '@playwright/test';
import { expect, test } from './support/site';

/** /cari on the real corpus, on a phone and a desktop, with and without JavaScript. */

/**
 * The bundled corpus's seed article: the tests of stemming, prefixes and folded accents need a
 * known word in a known article ("penempatan", "KORÉA"), so they name it.
 */
const SEED_PATH = /^\/berita\/9c6a2a35\/tentara-korea-utara/;

const search = (page: Page, q: string, extra = '') =>
  page.goto(`/cari?q=${encodeURIComponent(q)}${extra}`);

const results = (page: Page) => page.getByRole('region', { name: 'Hasil pencarian' });

async function firstResultPath(page: Page): Promise<string> {
  const href = await results(page).locator('article h2 a').first().getAttribute('href');
  return href ?? '';
}

test('an article is found by its title, and by a word of it, the word marked', async ({
  page,
  site,
}) => {
  const { title, path } = site.article;
  await search(page, title);
  const hrefs = await results(page)
    .locator('article h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(path);

  const response = await search(page, site.searchWord);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(`Hasil pencarian “${site.searchWord}”`);
  await expect(results(page).locator('article')).not.toHaveCount(0);
  await expect(results(page).locator('article').first().locator('mark').first()).toBeVisible();
  await expect(page.locator('#cari-halaman')).toHaveValue(site.searchWord);
});

test('"korea utara" finds the seed article first, its words marked', async ({ page }) => {
  const response = await search(page, 'korea utara');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Hasil pencarian “korea utara”');
  expect(await firstResultPath(page)).toMatch(SEED_PATH);
  const first = results(page).locator('article').first();
  await expect(first.locator('h2 mark')).toHaveText(['Korea Utara']);
  await expect(first.locator('p mark').first()).toBeVisible();
  await expect(page.locator('#cari-halaman')).toHaveValue('korea utara');
});

for (const q of ['penempatan', 'tempat', 'penem', 'KORÉA']) {
  test(`"${q}" finds the seed article`, async ({ page }) => {
    await search(page, q);
    const hrefs = await results(page)
      .locator('article h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((href) => SEED_PATH.test(href ?? ''))).toBe(true);
  });
}

test('a query with no match says so and offers topics', async ({ page }) => {
  const response = await search(page, 'xyzzyqwerty');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Tidak ada berita yang cocok dengan “xyzzyqwerty”.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Topik populer' }).getByRole('link'),
  ).not.toHaveCount(0);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('no query shows the form and an invitation', async ({ page }) => {
  for (const path of ['/cari', '/cari?q=', '/cari?q=%20%20%20']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Cari berita');
    await expect(page.locator('#cari-halaman')).toBeVisible();
    await expect(page.getByText('Ketik nama tokoh, tempat, atau peristiwa')).toBeVisible();
  }
});

test('a hostile query is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<script>alert(1)</script>';
  const response = await search(page, hostile);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(`Hasil pencarian “${hostile}”`);
  await expect(page.locator('#cari-halaman')).toHaveValue(hostile);
  const html = await response!.text();
  expect(html).not.toContain(hostile);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('odd queries never cause an error', async ({ request }) => {
  const odd = [
    '%',
    '%25',
    '100%',
    '🙂🇮🇩',
    '!!!',
    '"\'`;--',
    'a'.repeat(5000),
    'korea '.repeat(300),
  ];
  const paths = [
    ...odd.map((q) => `/cari?q=${encodeURIComponent(q)}`),
    // Raw, undecodable percent signs, repeated parameters and odd page numbers.
    '/cari?q=%',
    '/cari?q=%E0%A4%A',
    '/cari?q=korea&q=rusia',
    '/cari?q=korea&halaman=abc',
    '/cari?q=korea&halaman=-1',
    '/cari?q=korea&halaman=99999999999999999999',
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path.slice(0, 40)).toBe(200);
    expect(await response.text()).toContain('<h1');
  }
});

test('a long query is cut to 200 characters', async ({ page }) => {
  await search(page, 'k'.repeat(500));
  expect(((await page.locator('#cari-halaman').inputValue()) ?? '').length).toBe(200);
});

// "pemerintah" is in more than ten and fewer than 81 of the bundled corpus's articles.
test('results are paged with plain links', async ({ page }) => {
  await search(page, 'pemerintah');
  await expect(results(page).locator('article')).toHaveCount(10);
  await expect(page.getByText(/\d+ berita ditemukan, halaman 1 dari \d+/)).toBeVisible();
  const next = page.getByRole('navigation', { name: 'Navigasi halaman' }).getByRole('link', {
    name: 'Berikutnya',
  });
  await expect(next).toHaveAttribute('href', '/cari?q=pemerintah&halaman=2');
  await next.click();
  await expect(page).toHaveURL('/cari?q=pemerintah&halaman=2');
  await expect(results(page).locator('article')).not.toHaveCount(0);
  await page.goto('/cari?q=pemerintah&halaman=9');
  await expect(page.getByText('Halaman 9 tidak ada dalam hasil pencarian ini.')).toBeVisible();
});

test('the search page is not for indexing', async ({ page }) => {
  await search(page, 'korea');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form on the page searches and the results are in the HTML', async ({ page }) => {
    await page.goto('/cari');
    await page.locator('#cari-halaman').fill('tentara korea');
    await page.locator('#cari-halaman').press('Enter');
    await expect(page).toHaveURL('/cari?q=tentara+korea');
    expect(await firstResultPath(page)).toMatch(SEED_PATH);
    await expect(page.locator('mark').first()).toBeVisible();
  });
});
