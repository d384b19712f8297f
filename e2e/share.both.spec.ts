import type { Page } from '@playwright/test';
import { expect, test as base } from './support/site';

/**
 * The share tools on an article found through the site (the newest), on a phone and a desktop,
 * with and without JavaScript.
 */

const SITE_URL = process.env.WARTA_SITE_URL ?? 'https://www.riau24.com';

/** The article under test: its path, canonical URL and title. */
const test = base.extend<{ article: { path: string; canonical: string; title: string } }>({
  article: async ({ site }, provide) => {
    const { path, title } = site.article;
    await provide({ path, canonical: new URL(path, SITE_URL).href, title });
  },
});

const PLATFORMS = [
  { name: 'WhatsApp', host: 'wa.me' },
  { name: 'Facebook', host: 'www.facebook.com' },
  { name: 'X', host: 'x.com' },
  { name: 'Telegram', host: 't.me' },
  { name: 'LinkedIn', host: 'www.linkedin.com' },
  { name: 'E-mail', host: '' },
];

const shareTools = (page: Page) => page.getByRole('region', { name: 'Bagikan' });

async function expectShareLinks(page: Page, canonical: string) {
  const links = shareTools(page).getByRole('link');
  await expect(links).toHaveCount(PLATFORMS.length);
  for (const [index, { name, host }] of PLATFORMS.entries()) {
    const link = links.nth(index);
    await expect(link).toHaveAccessibleName(`Bagikan ke ${name}`);
    const href = (await link.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.host).toBe(host);
    expect(decodeURIComponent(url.search)).toContain(canonical);
    if (host) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      expect(url.protocol).toBe('mailto:');
    }
  }
}

test('every share link carries the canonical URL, WhatsApp first', async ({ page, article }) => {
  await page.goto(article.path);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', article.canonical);
  await expectShareLinks(page, article.canonical);
  const whatsapp = new URL(
    (await shareTools(page).getByRole('link').first().getAttribute('href')) ?? '',
  );
  // The headline, then the URL.
  const message = whatsapp.searchParams.get('text') ?? '';
  expect(message.startsWith(article.title)).toBe(true);
  expect(message.endsWith(article.canonical)).toBe(true);
});

test('the enhancement script reveals copy link, keeps the server links, reports no error', async ({
  page,
  request,
  article,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const served = await (await request.get(article.path)).text();
  await page.goto(article.path);
  // The copy button shows once client/enhance.js has run.
  await expect(shareTools(page).getByRole('button', { name: 'Salin tautan' })).toBeVisible();
  const hrefs = await shareTools(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(PLATFORMS.length);
  for (const href of hrefs) {
    // The server's HTML holds each href, entity-escaped; the browser shows the same string.
    expect(served).toContain(`href="${href.replaceAll('&', '&amp;')}"`);
  }
  expect(errors).toEqual([]);
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the canonical URL and says so', async ({ page, article }) => {
    await page.goto(article.path);
    const button = shareTools(page).getByRole('button', { name: 'Salin tautan' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(shareTools(page).getByRole('status')).toHaveText('Tautan disalin');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(article.canonical);
  });
});

test('the native share button appears only where the browser can share', async ({
  page,
  article,
}) => {
  await page.goto(article.path);
  const native = shareTools(page).getByRole('button', { name: 'Bagikan lewat aplikasi lain' });
  const canShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(native).toBeVisible({ visible: canShare });
});

test('the native share button opens the share sheet with the canonical URL', async ({
  page,
  article,
}) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    Object.assign(window, { shareCalls: calls });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(article.path);
  await shareTools(page).getByRole('button', { name: 'Bagikan lewat aplikasi lain' }).click();
  const calls = await page.evaluate(
    () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
  );
  expect(calls).toEqual([
    { title: expect.stringContaining(article.title), url: article.canonical },
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the links are there, and the URL to copy by hand', async ({ page, article }) => {
    await page.goto(article.path);
    await expectShareLinks(page, article.canonical);
    await expect(shareTools(page).getByRole('button')).toHaveCount(0);
    await expect(shareTools(page).getByLabel('Tautan berita')).toHaveValue(article.canonical);
  });
});
