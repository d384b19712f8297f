import { expect, test, type Page } from '@playwright/test';
import { sitemapArticleUrls, localPath } from './support/machine';

/**
 * Reader pages ship no framework runtime: no Next.js chunk, no RSC payload, no inline script
 * (JSON-LD is data, allowed); one external enhancement script at most, deferred in the head
 * (not async: see components/document/reader-document.tsx). The CSP
 * allows scripts from this origin only, and the copy-link button works under it.
 */

const READER_PAGES = [
  '/',
  '/kanal/riau',
  '/kanal/internasional/halaman/2',
  '/tag/riau',
  '/penulis/rizki-pratama',
  '/tentang-kami',
  '/cari',
  '/cari?q=korea',
  '/tidak-ada',
  '/berita/ffffffff/x',
  '/kanal/tidak-ada',
  '/tag/tidak-ada',
  '/penulis/tidak-ada',
  '/kanal/riau/halaman/99',
];

async function scriptsOf(page: Page) {
  return page.locator('script').evaluateAll((scripts) =>
    scripts.map((s) => ({
      src: s.getAttribute('src'),
      type: s.getAttribute('type'),
      deferred: s.hasAttribute('defer') && !s.hasAttribute('async'),
      inHead: s.parentElement === document.head,
      text: s.textContent ?? '',
    })),
  );
}

test('no reader page loads a framework chunk, an RSC payload or an inline script', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const articles = (await sitemapArticleUrls(request)).map(localPath);
  for (const path of [...READER_PAGES, ...articles.slice(0, 5)]) {
    await test.step(path, async () => {
      const scriptRequests: string[] = [];
      const onRequest = (r: { resourceType(): string; url(): string }) => {
        if (r.resourceType() === 'script') scriptRequests.push(new URL(r.url()).pathname);
      };
      page.on('request', onRequest);
      await page.goto(path, { waitUntil: 'load' });
      page.off('request', onRequest);

      expect(
        scriptRequests.filter((p) => p.startsWith('/_next/')),
        path,
      ).toEqual([]);
      expect(scriptRequests.length, path).toBeLessThanOrEqual(1);
      for (const script of await scriptsOf(page)) {
        if (script.src) {
          expect(script.src, path).toMatch(/^\/assets\/enhance\.[0-9a-f]+\.js$/);
          expect(script.deferred, path).toBe(true);
          expect(script.inHead, path).toBe(true);
        } else {
          // Only data blocks; nothing the browser executes.
          expect(script.type, path).toBe('application/ld+json');
        }
      }
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain('self.__next_f');
      expect(html, path).not.toContain('/_next/static/');
      expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/i);
    });
  }
});

test('the CSP allows scripts from this origin only', async ({ request }) => {
  for (const path of ['/', '/tidak-ada', '/cari?q=riau', ...READER_PAGES.slice(1, 4)]) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim(), path).toBe("script-src 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(csp, path).not.toContain('unsafe-eval');
  }
});

test.describe('under the CSP', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy-link button copies and confirms, with no violation reported', async ({
    page,
    request,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    const [article = '/'] = await sitemapArticleUrls(request);
    const response = await page.goto(localPath(article));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const tools = page.getByRole('region', { name: 'Bagikan' });
    await tools.getByRole('button', { name: 'Salin tautan' }).click();
    await expect(tools.getByRole('status')).toHaveText('Tautan disalin');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(article);
    expect(violations).toEqual([]);
  });
});
