import { expect, test, type Page } from '@playwright/test';
import { jsonLdNodes, meta, nodeOfType, parseHtml } from '../support/machine';
import { HOSTILE } from './corpus';

/** Hostile text in every display field is shown literally and never runs, in the page and its head. */

function failOnDialog(page: Page) {
  page.on('dialog', async (dialog) => {
    await dialog.dismiss();
    throw new Error(`a dialog fired: ${dialog.message()}`);
  });
}

const PAGES = [
  HOSTILE.path,
  '/',
  '/kanal/hukum',
  '/tag/img-src-x-onerror-alert-1',
  '/tag/script-script-alert-1-script',
  '/penulis/penulis-uji',
  '/tentang-kami',
  '/cari?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
];

for (const path of PAGES) {
  test(`no injected element or script runs on ${path}`, async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);

    const parsed = await parseHtml(page, await (await request.get(path)).text());
    expect(parsed.injected).toEqual({ images: 0, scripts: 0, handlers: 0, jsLinks: 0 });
    for (const raw of parsed.jsonLd) expect(() => JSON.parse(raw)).not.toThrow();
  });
}

test('the article shows every hostile string literally', async ({ page }) => {
  failOnDialog(page);
  await page.goto(HOSTILE.path);
  await expect(page.locator('h1')).toHaveText(HOSTILE.title);
  await expect(page.getByText(HOSTILE.summary, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: HOSTILE.author, exact: true }).first()).toBeVisible();
  for (const tag of HOSTILE.tags) {
    await expect(page.getByRole('link', { name: tag, exact: true }).first()).toBeAttached();
  }
  await expect(page.getByText(HOSTILE.correction)).toBeVisible();
  await expect(
    page.getByText('<img src=x onerror=alert(1)>', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.locator('article code', { hasText: '</script><script>alert(1)</script>' }),
  ).toHaveCount(1);
  expect(await page.locator('article script:not([type="application/ld+json"])').count()).toBe(0);
});

test('the head and the JSON-LD carry the hostile headline verbatim', async ({ page, request }) => {
  const html = await (await request.get(HOSTILE.path)).text();
  const parsed = await parseHtml(page, html);
  expect(parsed.title).toBe(`${HOSTILE.title} - Riau24`);
  expect(meta(parsed, 'og:title')).toEqual([HOSTILE.title]);
  expect(meta(parsed, 'description')).toEqual([HOSTILE.summary]);
  expect(meta(parsed, 'article:tag')).toEqual(HOSTILE.tags);
  expect(meta(parsed, 'twitter:title')[0]?.length).toBeLessThanOrEqual(70);

  // Each JSON-LD script ends where the serialiser ended it: "</script>" in the data is escaped.
  expect(parsed.jsonLd.length).toBeGreaterThan(0);
  for (const raw of parsed.jsonLd) {
    expect(raw).not.toMatch(/<\/?script/i);
    expect(() => JSON.parse(raw)).not.toThrow();
  }
  const nodes = jsonLdNodes(parsed);
  const article = nodeOfType(nodes, 'NewsArticle');
  expect(article.headline).toBe(HOSTILE.title);
  expect(article.description).toBe(HOSTILE.summary);
  expect(article.keywords).toEqual(HOSTILE.tags);
  expect(article.articleSection).toBe(HOSTILE.section);
  expect(article.author.map((a: { name: string }) => a.name)).toContain(HOSTILE.author);
  expect(article.correction[0].text).toBe(HOSTILE.correction);
  const crumbs = nodeOfType(nodes, 'BreadcrumbList').itemListElement;
  expect(crumbs.at(-1).name).toBe(HOSTILE.title);
});

test('the share image of the hostile article is drawn', async ({ page, request }) => {
  const parsed = await parseHtml(page, await (await request.get(HOSTILE.path)).text());
  const [image = ''] = meta(parsed, 'og:image');
  const response = await request.get(new URL(image).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).length).toBeLessThanOrEqual(300 * 1024);
  for (const path of [
    '/',
    '/kanal/hukum',
    '/penulis/penulis-uji',
    '/tag/img-src-x-onerror-alert-1',
  ]) {
    const listing = await parseHtml(page, await (await request.get(path)).text());
    const [src = ''] = meta(listing, 'og:image');
    const png = await request.get(new URL(src).pathname);
    expect(png.status(), path).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  }
});
