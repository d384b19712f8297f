import { expect, test, type Page } from '@playwright/test';

/** utm_*, fbclid and gclid on an incoming URL change nothing: same page, same canonical. */

const TRACKING = '?utm_source=whatsapp&utm_medium=social&utm_campaign=x&fbclid=y&gclid=z';
const SITE = process.env.WARTA_SITE_URL ?? 'https://www.riau24.com';

const pages = [
  {
    name: 'article',
    path: '/berita/9c6a2a35/tentara-korea-utara-di-rusia-diberi-dokumen-palsu-1100-tewas-atau-terluka',
  },
  { name: 'front', path: '/' },
  { name: 'section', path: '/kanal/internasional' },
];

async function snapshot(page: Page, url: string) {
  const response = await page.goto(url);
  return {
    status: response?.status(),
    url: new URL(page.url()).pathname,
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    h1: await page.locator('h1').innerText(),
    links: await page
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  };
}

for (const { name, path } of pages) {
  test(`the ${name} page ignores tracking parameters`, async ({ page }) => {
    const plain = await snapshot(page, path);
    const tracked = await snapshot(page, `${path}${TRACKING}`);
    expect(plain.status).toBe(200);
    expect(tracked).toEqual(plain);
    const withoutSlash = (url: string | null) => url?.replace(/\/$/, '');
    expect(withoutSlash(tracked.canonical)).toBe(withoutSlash(new URL(path, SITE).href));
    expect(tracked.canonical).not.toContain('?');
  });
}
