import type { Page } from '@playwright/test';
import { expect, test, type Site } from './support/site';

/** utm_*, fbclid and gclid on an incoming URL change nothing: same page, same canonical. */

const TRACKING = '?utm_source=whatsapp&utm_medium=social&utm_campaign=x&fbclid=y&gclid=z';
const SITE = process.env.WARTA_SITE_URL ?? 'https://www.riau24.com';

/** Each page, found through the site (e2e/support/site.ts) where it depends on the corpus. */
const pages: { name: string; path: (site: Site) => string }[] = [
  { name: 'article', path: (site) => site.article.path },
  { name: 'front', path: () => '/' },
  { name: 'section', path: (site) => site.section.path },
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

for (const { name, path: pathOf } of pages) {
  test(`the ${name} page ignores tracking parameters`, async ({ page, site }) => {
    const path = pathOf(site);
    const plain = await snapshot(page, path);
    const tracked = await snapshot(page, `${path}${TRACKING}`);
    expect(plain.status).toBe(200);
    expect(tracked).toEqual(plain);
    const withoutSlash = (url: string | null) => url?.replace(/\/$/, '');
    expect(withoutSlash(tracked.canonical)).toBe(withoutSlash(new URL(path, SITE).href));
    expect(tracked.canonical).not.toContain('?');
  });
}
