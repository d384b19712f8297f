import { expect, test, type Page } from '@playwright/test';

/** The share tools on the seed article, on a phone and a desktop, with and without JavaScript. */

const SEED_PATH =
  '/berita/9c6a2a35/tentara-korea-utara-di-rusia-diberi-dokumen-palsu-1100-tewas-atau-terluka';
const CANONICAL = new URL(SEED_PATH, process.env.WARTA_SITE_URL ?? 'https://www.riau24.com').href;

const PLATFORMS = [
  { name: 'WhatsApp', host: 'wa.me' },
  { name: 'Facebook', host: 'www.facebook.com' },
  { name: 'X', host: 'x.com' },
  { name: 'Telegram', host: 't.me' },
  { name: 'LinkedIn', host: 'www.linkedin.com' },
  { name: 'E-mail', host: '' },
];

const shareTools = (page: Page) => page.getByRole('region', { name: 'Bagikan' });

async function expectShareLinks(page: Page) {
  const links = shareTools(page).getByRole('link');
  await expect(links).toHaveCount(PLATFORMS.length);
  for (const [index, { name, host }] of PLATFORMS.entries()) {
    const link = links.nth(index);
    await expect(link).toHaveAccessibleName(`Bagikan ke ${name}`);
    const href = (await link.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.host).toBe(host);
    expect(decodeURIComponent(url.search)).toContain(CANONICAL);
    if (host) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      expect(url.protocol).toBe('mailto:');
    }
  }
}

test('every share link carries the canonical URL, WhatsApp first', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', CANONICAL);
  await expectShareLinks(page);
  const whatsapp = new URL(
    (await shareTools(page).getByRole('link').first().getAttribute('href')) ?? '',
  );
  expect(whatsapp.searchParams.get('text')).toMatch(/^Tentara Korea Utara .* https:\/\//);
});

test('the enhancement script reveals copy link, keeps the server links, reports no error', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const served = await (await request.get(SEED_PATH)).text();
  await page.goto(SEED_PATH);
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

  test('copies the canonical URL and says so', async ({ page }) => {
    await page.goto(SEED_PATH);
    const button = shareTools(page).getByRole('button', { name: 'Salin tautan' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(shareTools(page).getByRole('status')).toHaveText('Tautan disalin');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
  });
});

test('the native share button appears only where the browser can share', async ({ page }) => {
  await page.goto(SEED_PATH);
  const native = shareTools(page).getByRole('button', { name: 'Bagikan lewat aplikasi lain' });
  const canShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(native).toBeVisible({ visible: canShare });
});

test('the native share button opens the share sheet with the canonical URL', async ({ page }) => {
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
  await page.goto(SEED_PATH);
  await shareTools(page).getByRole('button', { name: 'Bagikan lewat aplikasi lain' }).click();
  const calls = await page.evaluate(
    () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
  );
  expect(calls).toEqual([
    { title: expect.stringContaining('Tentara Korea Utara'), url: CANONICAL },
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the links are there, and the URL to copy by hand', async ({ page }) => {
    await page.goto(SEED_PATH);
    await expectShareLinks(page);
    await expect(shareTools(page).getByRole('button')).toHaveCount(0);
    await expect(shareTools(page).getByLabel('Tautan berita')).toHaveValue(CANONICAL);
  });
});
