import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Site } from './support/site';

/**
 * WCAG 2.2 AA on every template, at 390 px (phone project) and 1280 px (desktop project),
 * in the light and the dark colour scheme.
 */

/** A fixed path, or one found through the site (e2e/support/site.ts). */
type Path = string | ((site: Site) => string);

const templates: { name: string; path: Path; status?: number }[] = [
  { name: 'front page', path: '/' },
  { name: 'article', path: (site) => site.article.path },
  // Articles with one feature each (a correction, a table, the unverified note, a body image):
  // nothing in the sitemaps tells them apart, so these name the bundled corpus's examples.
  { name: 'article with correction', path: '/berita/3c5e9a12' },
  { name: 'article with table, update and read-also', path: '/berita/0f9a6b3e' },
  { name: 'unverified article', path: '/berita/c2d91e3a' },
  { name: 'article with an inline image', path: '/berita/e4c17a58' },
  { name: 'article with embeds and a gallery', path: '/berita/a6d2f803' },
  { name: 'section', path: (site) => site.section.path },
  // A section with a second page at four per page: the bundled corpus's Internasional.
  { name: 'section page 2', path: '/kanal/internasional/halaman/2' },
  { name: 'tag', path: (site) => site.tag.path },
  { name: 'author', path: (site) => site.author.path },
  { name: 'search results', path: (site) => `/cari?q=${encodeURIComponent(site.searchWord)}` },
  { name: 'search without results', path: '/cari?q=xyzzy' },
  { name: 'standing page', path: '/redaksi' },
  { name: '404', path: '/tidak-ada', status: 404 },
];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function violations(results: AxeResults): string[] {
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

async function open(page: Page, path: string, expectedStatus = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(expectedStatus);
}

for (const { name, path: pathOf, status } of templates) {
  const resolve = (site: Site) => (typeof pathOf === 'string' ? pathOf : pathOf(site));
  test.describe(name, () => {
    test('axe reports no violations, in the light and the dark scheme', async ({ page, site }) => {
      // axe is slow on a busy two-core machine; a whole-page audit can take over 30 seconds.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, resolve(site), status);
      expect(violations(await new AxeBuilder({ page }).analyze())).toEqual([]);
      // Only colours change with the scheme.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(violations(dark)).toEqual([]);
    });

    // One page load for the structural checks: the machine is slow, the checks are cheap.
    test('structure: landmarks, one h1, reflow, sized images, skip link', async ({
      page,
      site,
    }) => {
      await open(page, resolve(site), status);
      await test.step('lang, one h1 and the landmarks', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', 'id');
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        // Every template, the 404 included, has the whole site header with its sections.
        const sections = 'Rubrik';
        await expect(page.getByRole('navigation', { name: sections })).toBeVisible();
        await expect(
          page.getByRole('navigation', { name: sections }).getByRole('link', { name: 'Ekonomi' }),
        ).toBeVisible();
      });

      await test.step('the page reflows: nothing makes it scroll sideways', async () => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
      });

      await test.step('every image has alt, width and height; only the lead is eager', async () => {
        const images = await page.locator('img').evaluateAll((imgs) =>
          imgs.map((img) => ({
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            lazy: img.getAttribute('loading') === 'lazy',
            high: img.getAttribute('fetchpriority') === 'high',
          })),
        );
        for (const img of images) {
          expect(img.alt?.trim(), `alt of ${img.src}`).toBeTruthy();
          expect(Number(img.width), `width of ${img.src}`).toBeGreaterThan(0);
          expect(Number(img.height), `height of ${img.src}`).toBeGreaterThan(0);
          // Only the lead image may skip lazy loading, and it must then be fetched first.
          expect(img.lazy || img.high, `loading of ${img.src}`).toBe(true);
        }
        expect(images.filter((img) => img.high).length).toBeLessThanOrEqual(1);
      });

      await test.step('the skip link is the first stop and moves focus to main', async () => {
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: 'Langsung ke konten' });
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('main')).toBeFocused();
      });
    });

    test('nothing shifts while the page loads', async ({ page, site }) => {
      await open(page, resolve(site), status);
      await page.waitForLoadState('load');
      // Scroll through so lazy images load in view, then read the accumulated layout shift.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(cls).toBeLessThan(0.02);
    });
  });
}

test('focus is visible on links', async ({ page }) => {
  await open(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
