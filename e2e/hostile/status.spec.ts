import { expect, test } from '@playwright/test';
import { meta, parseHtml } from '../support/machine';
import { SCHEDULED, WITHDRAWN } from './corpus';

/** 410 for a withdrawn article, with its reason public; nothing of a scheduled one before its time. */

test('a withdrawn article answers 410 Gone and states why', async ({ page, request }) => {
  const gone = await request.get(WITHDRAWN.path, { maxRedirects: 0 });
  expect(gone.status()).toBe(410);
  expect(gone.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.head(WITHDRAWN.path)).status()).toBe(410);
  // Older forms of its URL lead there, like any article's.
  for (const path of [`/berita/${WITHDRAWN.id}`, `/berita/${WITHDRAWN.id}/judul-lain`]) {
    const moved = await request.get(path, { maxRedirects: 0 });
    expect(moved.status(), path).toBe(308);
    expect(new URL(moved.headers().location ?? '', 'http://x').pathname).toBe(WITHDRAWN.path);
    expect((await request.get(path)).status(), path).toBe(410);
  }
  const response = await page.goto(WITHDRAWN.path);
  expect(response?.status()).toBe(410);
  await expect(page.locator('h1')).toHaveText('Berita ini telah dicabut');
  // In the site's own document: its language, header and footer.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByText(WITHDRAWN.reason, { exact: true })).toBeVisible();
  await expect(page.locator('time[datetime="2024-12-21T15:00:00+07:00"]')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const parsed = await parseHtml(page, await response!.text());
  expect(meta(parsed, 'robots').join()).toContain('noindex');
});

test('a scheduled article does not exist before its time', async ({ page, request }) => {
  for (const path of [SCHEDULED.path, `/berita/${SCHEDULED.id}`, SCHEDULED.tag]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  for (const path of [
    '/',
    '/kanal/kota',
    '/penulis/siti-aman',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
  ]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(SCHEDULED.id);
    expect(body, path).not.toContain(SCHEDULED.title);
  }
  await page.goto('/');
  await expect(page.getByText(SCHEDULED.title)).toHaveCount(0);
});
