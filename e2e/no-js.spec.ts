import { e2eSetting } from './defaults';
import { expect, test } from './support/site';

/** Every word a reader came for is in the server's HTML: nothing waits for JavaScript. */

test.use({ javaScriptEnabled: false });

test('the front page renders in full', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const lead = page.locator('main article').first();
  await expect(lead.getByRole('heading')).toBeVisible();
  await expect(lead.locator('img')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Berita Terkini' })).toBeVisible();
  for (const section of ['Nasional', 'Riau', 'Internasional', 'Ekonomi', 'Olahraga']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  expect(await page.locator('main article').count()).toBeGreaterThanOrEqual(15);
});

test('an article renders its headline, body, hero image and related stories', async ({
  page,
  site,
}) => {
  await page.goto(site.withImage.path);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main article p').first()).not.toBeEmpty();
  await expect(
    page.getByRole('region', { name: 'Berita Terkait' }).locator('article'),
  ).not.toHaveCount(0);
  await expect(page.locator('main article figure img').first()).toBeVisible();
});

test('the seed article renders its whole body, sources and related stories', async ({ page }) => {
  // The bundled corpus's seed article, by its own words: the read-also block and the sources
  // are features only some articles have.
  await page.goto('/berita/9c6a2a35');
  await expect(page).toHaveURL(/\/berita\/9c6a2a35\/tentara-korea-utara/);
  await expect(page.locator('h1')).toContainText('Tentara Korea Utara');
  const body = page.locator('main article').first();
  // The first paragraph, the read-also block and the last paragraph.
  await expect(body).toContainText('RIAU24.COM - Tentara Korea Utara yang bertempur untuk Rusia');
  await expect(body.locator('.read-also')).toContainText('Baca Juga:');
  await expect(body).toContainText('seperti diberitakan The Moscow Times.');
  await expect(body).toContainText('Sumber: CBS News, The Moscow Times');
  await expect(
    page.getByRole('region', { name: 'Berita Terkait' }).locator('article'),
  ).not.toHaveCount(0);
  await expect(page.locator('main article figure img').first()).toBeVisible();
});

test('a section renders its list and its page links', async ({ page, site }) => {
  const { section } = site;
  await page.goto(section.path);
  await expect(page.locator('h1')).toHaveText(section.name);
  const perPage = Number(e2eSetting('WARTA_ARTICLES_PER_PAGE'));
  const cards = page.locator('main ul article');
  await expect(cards).not.toHaveCount(0);
  expect(await cards.count()).toBeLessThanOrEqual(perPage);
  const next = page.getByRole('link', { name: 'Berikutnya' });
  if ((await cards.count()) < perPage) await expect(next).toHaveCount(0);
  else if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(`${section.path}/halaman/2`);
    await expect(page.locator('main ul article')).not.toHaveCount(0);
  }
});

test('author, tag and standing pages render without JavaScript', async ({ page, site }) => {
  await page.goto(site.author.path);
  await expect(page.locator('main ul article')).not.toHaveCount(0);
  await page.goto(site.tag.path);
  await expect(page.locator('main ul article')).not.toHaveCount(0);
  await page.goto('/pedoman-media-siber');
  await expect(page.locator('h1')).toHaveText('Pedoman Pemberitaan Media Siber');
  await expect(page.locator('main')).toContainText('Dewan Pers');
});
