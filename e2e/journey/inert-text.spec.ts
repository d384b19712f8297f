import type { Page } from '@playwright/test';
import { deskPaths } from '../../lib/desk-paths';
import {
  addPerson,
  editorId,
  expect,
  fillArticle,
  person,
  RUN,
  signedIn,
  t,
  test,
  isFormPost,
  bodyTextarea,
} from '../support/journey';

/**
 * Hostile text typed into the desk (a title and a body with a script, an image with onerror, a
 * javascript: link, quotes and a bidi override) stays text: on the desk's list, editor and
 * revisions pages and on the published page no dialog opens, no script element comes from it,
 * no handler or javascript: link exists, and the text reads back as typed.
 */

test.describe.configure({ timeout: 90_000 });

const RLO = '\u202e';
const PDF = '\u202c';

/** What the page holds that the text could have made, read in the page itself. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('[href], [src], [action]')].filter((el) =>
        /^\s*javascript:/i.test(
          el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
        ),
      ).length,
      imagesX: document.querySelectorAll('img[src="x"]').length,
      /** Scripts other than the page's own files and its JSON-LD. */
      inlineScripts: [...document.querySelectorAll('script')].filter(
        (s) => !s.src && s.type !== 'application/ld+json',
      ).length,
      scriptSources: [...document.querySelectorAll('script[src]')].map(
        (s) => new URL((s as HTMLScriptElement).src).pathname,
      ),
    };
  });
}

async function expectInert(page: Page, dialogs: string[], ownScripts: RegExp) {
  await page.waitForLoadState('load');
  const found = await injected(page);
  expect(found).toMatchObject({ handlers: 0, jsLinks: 0, imagesX: 0, inlineScripts: 0 });
  for (const source of found.scriptSources) expect(source).toMatch(ownScripts);
  expect(dialogs).toEqual([]);
}

test('a hostile title and body stay inert text on the desk and on the published page', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const editor = person(journeyServer, 'Editor', 'editor-teks');
  await addPerson(journeyServer, editor.email, 'editor', editor.name);
  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  const dialogs: string[] = [];
  context.on('page', (opened) => opened.on('dialog', (d) => void dialogs.push(d.message())));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  const title = `Uji <script>alert("judul")</script> <img src=x onerror=alert(1)> "kutip" 'tunggal' ${RLO}kilab${PDF} ${RUN}`;
  const body = [
    `Paragraf <script>alert("isi")</script> pertama dengan <img src=x onerror=alert(2)> di tengah.`,
    '',
    `Tautan [klik di sini](javascript:alert(3)) dan "kutip" 'tunggal' ${RLO}kilab${PDF}.`,
  ].join('\n');
  await page.goto(deskPaths.newArticle);
  await fillArticle(page, {
    title,
    summary: `Ringkasan <b onmouseover=alert(4)>tebal</b> "kutip" ${RUN}.`,
    body,
    imageSrc: '/images/articles/1e6f4a27.jpg',
    imageAlt: `Alt <img src=x onerror=alert(5)>`,
    imageCredit: 'Ilustrasi Riau24',
  });
  await page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(page).toHaveURL(/\?ok=disimpan$/);
  const id = editorId(page);
  const desk = /^\/ruang-redaksi\/(?:autosimpan\.js|aset\/penyunting\.[0-9a-f]+\.js)$/;

  // The editor: the fields hold exactly what was typed.
  await expectInert(page, dialogs, desk);
  await expect(page.getByLabel(t.article.fields.title!, { exact: true })).toHaveValue(title);
  await expect(bodyTextarea(page)).toHaveValue(body);

  // A second revision, so the revisions page shows a diff of the hostile lines.
  await page.getByLabel(t.article.fields.body!, { exact: true }).fill(`${body}\n\nParagraf baru.`);
  await page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(page).toHaveURL(/\?ok=disimpan$/);
  await page.goto(`${deskPaths.revisions(id)}?dari=1&ke=2`);
  await expectInert(page, dialogs, /^$/);
  await expect(page.locator('.desk-diff')).toContainText(`Judul: ${title}`);
  await expect(page.locator('.desk-diff ins').last()).toHaveText('+ Paragraf baru.');

  // The list: the title is the link's text.
  await page.goto(deskPaths.home);
  await expectInert(page, dialogs, /^$/);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();

  // Raw HTML that could run and a javascript: link are refused in a body at publication (422),
  // each problem shown beside the body as text.
  await page.goto(deskPaths.article(id));
  const [refused] = await Promise.all([
    page.waitForResponse(isFormPost),
    page.getByRole('button', { name: t.article.publish, exact: true }).click(),
  ]);
  expect(refused.status()).toBe(422);
  await expectInert(page, dialogs, desk);
  await expect(
    page.locator('.desk-field-problems').getByText('javascript:alert(3)', { exact: false }).first(),
  ).toBeVisible();

  // Written as text (escaped, in code), the same words are published.
  const textBody = [
    `Paragraf \\<script>alert("isi")\\</script> pertama dengan \`<img src=x onerror=alert(2)>\` di tengah.`,
    '',
    `Kata javascript:alert(3) tanpa tautan, "kutip" 'tunggal' ${RLO}kilab${PDF}.`,
  ].join('\n');
  await page.getByLabel(t.article.fields.body!, { exact: true }).fill(textBody);
  await page.getByRole('button', { name: t.article.publish, exact: true }).click();
  await expect(page).toHaveURL(/\?ok=terbit$/);
  const href = await page.getByRole('link', { name: t.article.readerLink }).getAttribute('href');
  const reader = await context.newPage();
  reader.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await reader.goto(href!);
  expect(response?.status()).toBe(200);
  await expectInert(reader, dialogs, /^\/assets\//);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const article = reader.locator('article.article-page__article');
  await expect(article).toContainText('Paragraf <script>alert("isi")</script> pertama');
  await expect(article.locator('code')).toHaveText('<img src=x onerror=alert(2)>');
  await expect(article).toContainText(`"kutip" 'tunggal' ${RLO}kilab${PDF}`);
  await expect(article.locator('script')).toHaveCount(0);
  // The JSON-LD carries the headline as data, parsed back to the same text.
  const headlines = await reader
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.flatMap((s) => {
        const data = JSON.parse(s.textContent ?? '{}');
        return (data['@graph'] ?? [data]).map((n: { headline?: string }) => n.headline);
      }),
    );
  expect(headlines).toContain(title);
  // Give anything that would run a moment to do so.
  await reader.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  await context.close();
});
