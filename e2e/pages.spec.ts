import type { APIRequestContext, Page } from '@playwright/test';
import { offline } from './support/offline';
import { expect, test } from './support/site';

/**
 * What a reader sees on each template, against the production build
 * (WARTA_NOW=2024-12-24T12:00:00+07:00, WARTA_ARTICLES_PER_PAGE=4).
 */

// The bundled corpus's own articles, for what only they show (their words, times and features);
// the tests about "an article" or "a listing" find theirs through the site (`site`).
const SEED_ID = '9c6a2a35';
const SEED_SLUG = 'tentara-korea-utara-di-rusia-diberi-dokumen-palsu-1100-tewas-atau-terluka';
const SEED_PATH = `/berita/${SEED_ID}/${SEED_SLUG}`;
const BRIDGE_ID = 'b7e41f09';
const WITH_CORRECTION_ID = '3c5e9a12';
const UNVERIFIED_ID = 'c2d91e3a';
const UPDATED_ID = '0f9a6b3e';
/** Published 2024-12-26, after WARTA_NOW: not yet visible anywhere. */
const SCHEDULED_ID = '91b3d6c2';
const WITH_BODY_IMAGE_ID = 'e4c17a58';
/** Three embeds (YouTube, X, Instagram) and a twelve-photo gallery: the showcase (docs/writing-embeds.md). */
const SHOWCASE_ID = 'a6d2f803';

const WIB_DATE_TIME =
  /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2} WIB$/;

/** Status and Location; a doubled Location header shows up as "a, a" and fails the test. */
async function status(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  return {
    status: response.status(),
    location: locations.map((h) => h.value).join(', ') || undefined,
  };
}

async function expectNotFoundPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // The site's own document: its header (wordmark, search, sections) and footer.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /ke beranda$/ })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link').first()).toBeAttached();
}

test.describe('front page to article', () => {
  test('a reader opens the lead story and reads its article page', async ({ page }) => {
    await page.goto('/');
    const lead = page.locator('main article').first().getByRole('link').first();
    const headline = (await lead.textContent())?.trim() ?? '';
    expect(headline.length).toBeGreaterThan(10);
    await lead.click();
    await expect(page).toHaveURL(/\/berita\/[a-z0-9-]+\/[a-z0-9-]+$/);

    await expect(page.locator('h1')).toHaveText(headline);
    const byline = page.locator('main article header').getByText(/^Oleh /);
    await expect(byline).toBeVisible();
    const authorLink = byline.getByRole('link').first();
    await expect(authorLink).toHaveAttribute('href', /^\/penulis\/[a-z0-9-]+$/);

    const published = page.locator('main article header time').first();
    await expect(published).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/,
    );
    await expect(published).toHaveText(WIB_DATE_TIME);

    const hero = page.locator('main article figure').first();
    await expect(hero.locator('img')).toHaveAttribute('alt', /.+/);
    await expect(hero.locator('figcaption')).toContainText('Foto: ');

    const authorName = (await authorLink.textContent()) ?? '';
    await authorLink.click();
    await expect(page).toHaveURL(/\/penulis\/[a-z0-9-]+$/);
    await expect(page.locator('h1')).toHaveText(authorName);
  });

  test('the front page has a lead, latest news and a block per section', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Berita Terkini' })).toBeVisible();
    for (const section of ['Nasional', 'Riau', 'Internasional', 'Ekonomi', 'Olahraga']) {
      const block = page.getByRole('region', { name: section, exact: true });
      await expect(block).toBeVisible();
      await expect(block.locator('article')).not.toHaveCount(0);
    }
    // The nav marks the front page as the current page.
    await expect(
      page.getByRole('navigation', { name: 'Rubrik' }).getByRole('link', { name: 'Beranda' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('no link on the front page leads to an article that is not yet published', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator(`a[href^="/berita/${SCHEDULED_ID}"]`)).toHaveCount(0);
    expect((await status(page.request, `/berita/${SCHEDULED_ID}`)).status).toBe(404);
  });
});

// The seed article's own words, times, links and image: corpus-specific by design.
test.describe('the seed article', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED_PATH);
    expect(response?.status()).toBe(200);
  });

  test('shows headline, dateline, publication time and sources', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText('Korea Utara');
    const time = page.locator('main article header time').first();
    await expect(time).toHaveAttribute('datetime', '2024-12-23T14:30:00+07:00');
    await expect(time).toHaveText('Senin, 23 Desember 2024 14.30 WIB');

    const firstParagraph = page
      .locator('main article p')
      .filter({ has: page.locator('.dateline') });
    await expect(firstParagraph.locator('.dateline')).toHaveText('RIAU24.COM - ');
    await expect(firstParagraph).toContainText('RIAU24.COM - Tentara Korea Utara yang bertempur');

    const sources = page.locator('main p', { hasText: /^Sumber:/ });
    await expect(sources).toHaveText('Sumber: CBS News, The Moscow Times');
    await expect(sources.getByRole('link', { name: 'CBS News' })).toHaveAttribute(
      'href',
      /cbsnews\.com/,
    );
    await expect(page.getByText(/menit baca$/)).toBeVisible();
  });

  test('"Baca Juga" links to the Brazil bridge article, which resolves', async ({ page }) => {
    const readAlso = page.locator('.read-also');
    await expect(readAlso).toContainText('Baca Juga:');
    const link = readAlso.getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/berita/${BRIDGE_ID}/[a-z0-9-]+$`));
    expect((await status(page.request, href!)).status).toBe(200);
    await link.click();
    await expect(page).toHaveURL(href!);
    await expect(page.locator('h1')).toContainText(/jembatan/i);
  });

  test('breadcrumbs, section marking, tags, author box and related articles', async ({ page }) => {
    const crumbs = page.getByRole('navigation', { name: 'Jejak navigasi' });
    await expect(crumbs.getByRole('link')).toHaveText(['Beranda', 'Internasional']);
    const nav = page.getByRole('navigation', { name: 'Rubrik' });
    await expect(nav.getByRole('link', { name: 'Internasional' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    const tag = page.getByRole('link', { name: 'Korea Utara', exact: true });
    await expect(tag).toHaveAttribute('href', '/tag/korea-utara');
    expect((await status(page.request, '/tag/korea-utara')).status).toBe(200);

    const authorBox = page.getByRole('region', { name: 'Tentang penulis' });
    await expect(authorBox.getByRole('link', { name: 'Rizki Pratama' })).toHaveAttribute(
      'href',
      '/penulis/rizki-pratama',
    );
    await expect(authorBox).toContainText('Redaktur Internasional');

    const related = page.getByRole('region', { name: 'Berita Terkait' });
    const relatedLinks = related.getByRole('link');
    await expect(relatedLinks).not.toHaveCount(0);
    for (const href of await relatedLinks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/berita\/[a-z0-9-]+\//);
      expect(href).not.toContain(SEED_ID);
    }
  });

  test('the hero image is loaded first; body and list images wait', async ({ page }) => {
    const hero = page.locator('main article figure img').first();
    await expect(hero).not.toHaveAttribute('loading', 'lazy');
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('sizes', /100vw/);
    await expect(hero).toHaveAttribute(
      'srcset',
      /\/_next\/image\?url=%2Fimages%2Farticles%2F9c6a2a35\.jpg/,
    );
    const others = page.locator('main img:not([fetchpriority])');
    await expect(others).not.toHaveCount(0);
    for (const img of await others.all()) {
      await expect(img).toHaveAttribute('loading', 'lazy');
    }
  });
});

test.describe('article details', () => {
  test('a body image is served resized, as AVIF or WebP, in a reserved box', async ({ page }) => {
    await page.goto(`/berita/${WITH_BODY_IMAGE_ID}`);
    const img = page.locator('main article .body-figure img');
    await expect(img).toHaveCount(1);
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', '1800');
    await expect(img).toHaveAttribute('height', '1200');
    await expect(img).toHaveAttribute('sizes', /100vw/);
    const srcset = (await img.getAttribute('srcset')) ?? '';
    const candidates = srcset.split(', ').map((c) => c.split(' '));
    expect(candidates.length).toBeGreaterThan(2);
    for (const [url = '', width = ''] of candidates) {
      expect(url).toMatch(
        /^\/_next\/image\?url=%2Fimages%2Farticles%2Fe4c17a58-2\.jpg&w=\d+&q=75$/,
      );
      expect(url).toContain(`w=${width.replace('w', '')}`);
    }
    const [smallest = ''] = candidates[0]!;
    for (const [accept, type] of [
      ['image/avif,image/webp,*/*', 'image/avif'],
      ['image/webp,*/*', 'image/webp'],
    ]) {
      const response = await page.request.get(smallest, { headers: { accept: accept! } });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
      // Resized: far smaller than the 1800 px original (74 KB; 640 px: 9 KB AVIF, 13 KB WebP).
      expect((await response.body()).length).toBeLessThan(25_000);
    }
    // The caption stays with it.
    await expect(page.locator('main article .body-figure figcaption')).not.toBeEmpty();
  });

  test('a correction is shown near the top, dated and linked', async ({ page }) => {
    await page.goto(`/berita/${WITH_CORRECTION_ID}`);
    const box = page.getByRole('region', { name: 'Ralat' });
    await expect(box).toContainText('Seharusnya 204 anggota');
    await expect(box.locator('time')).toHaveAttribute('datetime', '2024-12-14T20:15:00+07:00');
    await expect(
      page.locator('main article header').getByRole('link', { name: 'Ralat' }),
    ).toHaveAttribute('href', '#ralat');
    // Above the body: readers see it before the text it corrects.
    const boxTop = (await box.boundingBox())!.y;
    const bodyTop = (await page.locator('.dateline').boundingBox())!.y;
    expect(boxTop).toBeLessThan(bodyTop);
  });

  test('an unverified story ends with the Pedoman Media Siber note', async ({ page }) => {
    await page.goto(`/berita/${UNVERIFIED_ID}`);
    const note = page.locator('main article em', { hasText: 'belum terverifikasi' });
    await expect(note).toHaveText(/^\(Berita ini belum terverifikasi sepenuhnya.*\)$/);
  });

  test('an updated story shows "Diperbarui" with its time', async ({ page }) => {
    await page.goto(`/berita/${UPDATED_ID}`);
    const updated = page.locator('main article header').getByText(/^Diperbarui /);
    await expect(updated.locator('time')).toHaveAttribute('datetime', '2024-12-18T18:05:00+07:00');
    await expect(updated).toHaveText('Diperbarui Rabu, 18 Desember 2024 18.05 WIB');
  });

  test.describe('the showcase of embeds and a gallery', () => {
    test('without JavaScript: twelve photos, each sized, with its caption and credit', async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const offsite = await offline(page, baseURL, new Set());
      await page.goto(`/berita/${SHOWCASE_ID}`);
      const photos = page.locator('main article figure.gallery figure.gallery__item');
      await expect(photos).toHaveCount(12);
      for (const photo of await photos.all()) {
        const img = photo.locator('img');
        await expect(img).toHaveAttribute('alt', /^Ilustrasi /);
        await expect(img).toHaveAttribute('width', '1800');
        await expect(img).toHaveAttribute('height', '1200');
        await expect(img).toHaveAttribute('loading', 'lazy');
        const caption = photo.locator('figcaption');
        await expect(caption).toBeVisible();
        await expect(caption).toHaveText(/\S.* Foto: Ilustrasi Riau24$/);
        await expect(caption.locator('.gallery__credit')).toHaveText('Foto: Ilustrasi Riau24');
      }
      // Each embed is its link to the original.
      await expect(page.locator('main article figure[data-embed] figcaption a')).toHaveCount(3);
      expect(offsite).toEqual([]);
      await context.close();
    });

    test("revealing the embeds' load buttons moves nothing in their boxes", async ({
      browser,
      baseURL,
    }) => {
      // Where each facade's provider name and title sit in its box, without the script and with
      // it (the share buttons the script reveals above the body move the boxes themselves).
      const positions = async (javaScriptEnabled: boolean) => {
        const context = await browser.newContext({ baseURL, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/berita/${SHOWCASE_ID}`, { waitUntil: 'load' });
        await expect(page.locator('.embed__load').first()).toBeVisible({
          visible: javaScriptEnabled,
        });
        const found = await page
          .locator('figure[data-embed] .embed__provider, figure[data-embed] .embed__title')
          .evaluateAll((nodes) =>
            nodes.map((node) => {
              const r = node.getBoundingClientRect();
              const box = node.closest('.embed__frame')!.getBoundingClientRect();
              return { top: r.top - box.top, height: r.height, boxHeight: box.height };
            }),
          );
        await context.close();
        return found;
      };
      const without = await positions(false);
      expect(without).toHaveLength(6);
      expect(await positions(true)).toEqual(without);
    });

    test('no request leaves this origin, with every photo loaded', async ({ page, baseURL }) => {
      const offsite = await offline(page, baseURL, new Set());
      await page.goto(`/berita/${SHOWCASE_ID}`, { waitUntil: 'load' });
      await expect(page.locator('figure[data-embed]')).toHaveCount(3);
      await expect(page.locator('.embed__load').first()).toBeVisible();
      // Scroll to the end so every lazy photo loads (through the image optimiser, on this origin).
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      const photos = page.locator('figure.gallery__item img');
      await expect
        .poll(() =>
          photos.evaluateAll(
            (imgs) =>
              imgs.filter(
                (img) =>
                  (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
              ).length,
          ),
        )
        .toBe(12);
      await expect(page.locator('iframe')).toHaveCount(0);
      expect(offsite).toEqual([]);
    });
  });

  test('a verified story without corrections has neither note nor Ralat box', async ({ page }) => {
    await page.goto(SEED_PATH);
    await expect(page.getByText('belum terverifikasi')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Ralat' })).toHaveCount(0);
  });
});

test.describe('listings', () => {
  test('section pagination: page 2 has its own URL, page 99 is a 404', async ({ page }) => {
    // Five articles in Internasional with four per page: the bundled corpus's counts.
    await page.goto('/kanal/internasional');
    await expect(page.locator('h1')).toHaveText('Internasional');
    await expect(page.locator('main ul article')).toHaveCount(4);
    const pagination = page.getByRole('navigation', { name: 'Navigasi halaman' });
    await expect(pagination.getByRole('link', { name: 'Halaman 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(pagination.getByRole('link', { name: 'Berikutnya' })).toHaveAttribute(
      'rel',
      'next',
    );

    await pagination.getByRole('link', { name: 'Halaman 2' }).click();
    await expect(page).toHaveURL('/kanal/internasional/halaman/2');
    await expect(page.locator('main ul article')).not.toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Navigasi halaman' })
        .getByRole('link', { name: 'Halaman 2' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Sebelumnya' })).toHaveAttribute('rel', 'prev');

    await expectNotFoundPage(page, '/kanal/internasional/halaman/99');
  });

  test('page 1 of a listing redirects to its base URL', async ({ request, site }) => {
    for (const { path: base } of [site.section, site.tag, site.author]) {
      const path = `${base}/halaman/1`;
      expect(await status(request, path), path).toEqual({ status: 308, location: base });
    }
    expect((await status(request, `${site.section.path}/halaman/02`)).status).toBe(404);
  });

  test("an author page shows the profile and only that author's articles", async ({
    page,
    site,
  }) => {
    const { author } = site;
    await page.goto(author.path);
    await expect(page.locator('h1')).toHaveText(author.name);
    const cards = page.locator('main ul article');
    await expect(cards).not.toHaveCount(0);
    await cards.last().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/berita\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await expect(
      page.locator('main article header').getByRole('link', { name: author.name }),
    ).toBeVisible();
  });

  test("the seed's author page shows the profile", async ({ page }) => {
    // The bundled corpus's author file: its role and biography.
    await page.goto('/penulis/rizki-pratama');
    await expect(page.locator('h1')).toHaveText('Rizki Pratama');
    await expect(page.getByText('Redaktur Internasional')).toBeVisible();
    await expect(page.getByText(/meliput isu internasional/)).toBeVisible();
  });

  test('a tag page lists the tagged articles', async ({ page, site }) => {
    const { tag, article } = site;
    await page.goto(tag.path);
    await expect(page.locator('h1')).toHaveText(`Tag: ${tag.name}`);
    await expect(page.locator(`main ul a[href="${article.path}"]`)).toHaveCount(1);
  });

  test('every standing page in the footer resolves with its title and date', async ({ page }) => {
    test.setTimeout(90_000); // six page loads
    await page.goto('/');
    const links = page.getByRole('contentinfo').getByRole('navigation').getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const pages = hrefs.filter((href) => !href.startsWith('/kanal/'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const href of pages) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByText(/^Diperbarui /)).toBeVisible();
    }
  });
});

test.describe('status codes', () => {
  for (const path of [
    '/tidak-ada',
    '/berita/ffffffff',
    '/berita/ffffffff/x',
    '/kanal/tidak-ada',
    '/kanal/tidak-ada/halaman/2',
    '/tag/tidak-ada',
    '/tag/riau/halaman/99',
    '/penulis/tidak-ada',
    '/penulis/rizki-pratama/halaman/99',
    '/kanal/riau/halaman/02',
    '/a/b/c',
  ]) {
    test(`${path} answers 404 with the Indonesian page`, async ({ page }) => {
      await expectNotFoundPage(page, path);
      await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute(
        'href',
        '/',
      );
      await expect(page.getByRole('searchbox').first()).toBeAttached();
    });
  }

  test('older and partial article URLs answer 308 with the canonical URL', async ({
    request,
    site,
  }) => {
    const { id, path: canonical } = site.article;
    // A slug never seen before: the first answer for a URL is where Next 16 doubled Location.
    const fresh = `/berita/${id}/slug-lama-${Date.now()}`;
    for (const path of [`/berita/${id}`, `/berita/${id}/wrong-slug`, fresh]) {
      expect(await status(request, path), path).toEqual({ status: 308, location: canonical });
    }
    expect((await status(request, canonical)).status).toBe(200);
  });
});
