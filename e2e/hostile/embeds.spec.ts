import { expect, test, type Page } from '@playwright/test';
import { SITE_URL, getXml, text, type XmlNode } from '../support/machine';
import { offline as offlinePage } from '../support/offline';
import { EMBEDS } from './corpus';

/**
 * Embeds load nothing from their provider until the reader asks: the page's requests stay on
 * this origin, and a click puts the provider's player (an iframe from a fixed template) in the
 * facade's box without moving it. Provider hosts are answered by a stub here, and every other
 * request off this machine is refused, so nothing leaves it.
 */

const PLAYER_HOSTS = new Set(Object.values(EMBEDS.players).map((url) => new URL(url).host));
const offline = (page: Page, baseURL: string | undefined) =>
  offlinePage(page, baseURL, PLAYER_HOSTS);

test('no request leaves this origin on load; each facade shows provider, title and link', async ({
  page,
  baseURL,
}) => {
  const offsite = await offline(page, baseURL);
  const response = await page.goto(EMBEDS.path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(offsite).toEqual([]);

  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('figure[data-embed]')).toHaveCount(6);
  for (const [provider, link] of Object.entries(EMBEDS.links)) {
    const figure = page.locator(`figure[data-embed="${provider}"]`);
    await expect(figure.locator('figcaption a')).toHaveAttribute('href', link);
    await expect(figure.locator('.embed__load')).toBeVisible();
  }
  // The hostile title is text.
  await expect(page.locator('figure[data-embed="youtube"] .embed__title')).toHaveText(
    EMBEDS.youtubeTitle,
  );
  expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
  // The gallery: two figures with their captions, images from this origin.
  const photos = page.locator('figure.gallery figure.gallery__item');
  await expect(photos).toHaveCount(2);
  await expect(photos.first().locator('figcaption')).toHaveText(
    'Keterangan foto pertama. Foto: Fotografer Uji',
  );
});

test('a click loads the player from its template, in the same box', async ({ page, baseURL }) => {
  const offsite = await offline(page, baseURL);
  await page.goto(EMBEDS.path, { waitUntil: 'load' });
  for (const [provider, player] of Object.entries(EMBEDS.players)) {
    await test.step(provider, async () => {
      const figure = page.locator(`figure[data-embed="${provider}"]`);
      const frame = figure.locator('.embed__frame');
      // Size and place in the document (not the viewport: a click may scroll).
      const box = () =>
        frame.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { width: r.width, height: r.height, top: r.top + window.scrollY };
        });
      await frame.scrollIntoViewIfNeeded();
      const before = await box();
      await figure.locator('.embed__load').click();
      const iframe = figure.locator('iframe');
      await expect(iframe).toHaveAttribute('src', player);
      await expect(figure.frameLocator('iframe').locator('p')).toHaveText('Pemutar uji');
      expect(await box()).toEqual(before);
      // The link to the original stays.
      await expect(figure.locator('figcaption a')).toHaveAttribute(
        'href',
        EMBEDS.links[provider as keyof typeof EMBEDS.links],
      );
    });
  }
  // Exactly the six players were asked for, nothing else off this origin.
  expect([...new Set(offsite)].sort()).toEqual(Object.values(EMBEDS.players).sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each embed is a link, no button and no player', async ({ page, baseURL }) => {
    const offsite = await offline(page, baseURL);
    await page.goto(EMBEDS.path, { waitUntil: 'load' });
    await expect(page.locator('.embed__load')).toHaveCount(6);
    for (const button of await page.locator('.embed__load').all())
      await expect(button).toBeHidden();
    for (const [provider, link] of Object.entries(EMBEDS.links)) {
      await expect(page.locator(`figure[data-embed="${provider}"] figcaption a`)).toHaveAttribute(
        'href',
        link,
      );
    }
    await expect(page.locator('iframe')).toHaveCount(0);
    await expect(page.locator('figure.gallery__item img')).toHaveCount(2);
    expect(offsite).toEqual([]);
  });
});

test('the RSS item carries each embed as a link paragraph and the gallery as figures', async ({
  request,
}) => {
  const { doc } = await getXml(request, '/feed/rss.xml');
  const item = (doc.rss.channel.item as XmlNode[]).find(
    (i) => text(i.link) === `${SITE_URL}${EMBEDS.path}`,
  );
  const html = text(item['content:encoded']);
  expect(html).toContain(
    '<p class="embed-link"><a href="https://vimeo.com/76979871">Vimeo: Video Vimeo uji</a></p>',
  );
  expect(html).toContain('<figcaption class="gallery__title">Galeri uji</figcaption>');
  expect(html).not.toMatch(/data-embed|<iframe|<button/);
});
