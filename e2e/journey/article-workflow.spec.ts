import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { toIsoWib } from '../../lib/dates';
import { deskPaths } from '../../lib/desk-paths';
import {
  addPerson,
  editorId,
  expect,
  fillArticle,
  jpegOf,
  person,
  revisionNumbers,
  RUN,
  serverNow,
  signedIn,
  t,
  test,
  isFormPost,
} from '../support/journey';

/**
 * One article through the desk, as the newsroom works it, in Chromium against the production
 * server (each engine's project): a writer drafts it with an uploaded image and submits it; the
 * server refuses the writer's forged editor buttons; an editor previews it and schedules it two
 * minutes ahead on the server's running clock (404 before its minute, 200 after); a correction,
 * a headline and slug change (308 from the old URL), a withdrawal (410 with the reason). The
 * steps build on one another, so they run in order.
 */

test.describe.configure({ mode: 'serial', timeout: 60_000 });

const w = t.workflow;
/** Publishing targets: a change on the site within 10 s; a scheduled article within 20 s of its minute. */
const VISIBLE = { timeout: 10_000, intervals: [250, 500, 1_000] };
const LIVE_AFTER_MINUTE_MS = 20_000;

let writer: ReturnType<typeof person>;
let editor: ReturnType<typeof person>;
const article = { id: '', path: '', title: '', imageSrc: '', imageAlt: '' };

test.beforeAll(async ({ journeyServer }) => {
  writer = person(journeyServer, 'Penulis', 'penulis-alur');
  editor = person(journeyServer, 'Editor', 'editor-alur');
  await addPerson(journeyServer, writer.email, 'penulis', writer.name);
  await addPerson(journeyServer, editor.email, 'editor', editor.name);
});

// The upload is written into this checkout's public/images/desk/ (the server's public/): removed after.
test.afterAll(async () => {
  if (article.imageSrc) await rm(path.join('public', article.imageSrc), { force: true });
});

/** Presses a button of the editor's form and answers the status of the POST it sends. */
async function press(page: Page, name: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse(isFormPost),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

/** The public page of the article: its status, and where it sends to. */
async function publicStatus(page: Page, path: string) {
  const response = await page.request.get(path, { maxRedirects: 0 });
  return response.status();
}

test('a writer drafts an article with an uploaded image and submits it', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const { context, page } = await signedIn(browser, baseURL!, writer.email);
  await page.getByRole('link', { name: t.newArticleLink, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${deskPaths.newArticle}$`));

  // The upload form below the editor answers in a new tab: what is typed here stays.
  article.title = `Jembatan Siak Diuji ${journeyServer.engine} ${RUN}`;
  await page.getByLabel(t.article.fields.title!, { exact: true }).fill(article.title);
  const upload = page.getByRole('region', { name: t.upload.heading });
  await upload.getByLabel(t.upload.file).setInputFiles({
    name: 'jembatan.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegOf(`${journeyServer.engine}-${RUN}`),
  });
  article.imageAlt = 'Jembatan Siak dilihat dari tepi sungai';
  await upload.getByLabel(t.upload.alt).fill(article.imageAlt);
  await upload.getByLabel(t.upload.caption).fill('Jembatan Siak pagi hari.');
  await upload.getByLabel(t.upload.credit).fill('Foto uji Riau24');
  const [answer, posted] = await Promise.all([
    context.waitForEvent('page'),
    context.waitForEvent('response', (r) => r.url().endsWith(deskPaths.upload)),
    upload.getByRole('button', { name: t.upload.button, exact: true }).click(),
  ]);
  expect(posted.status()).toBe(201);
  await answer.waitForLoadState();
  await expect(answer.getByRole('status')).toHaveText(t.upload.done);
  article.imageSrc = await answer.getByLabel(t.upload.path).inputValue();
  expect(article.imageSrc).toMatch(/^\/images\/desk\/\d{4}\/\d{2}\/[0-9a-f]{16}\.jpg$/);
  // Written after the server started, the image is served all the same (its preview loads).
  await expect
    .poll(() =>
      answer.locator('img.desk-upload-preview').evaluate((i: HTMLImageElement) => i.naturalWidth),
    )
    .toBe(96);
  await answer.close();
  await expect(page.getByLabel(t.article.fields.title!, { exact: true })).toHaveValue(
    article.title,
  );

  await fillArticle(page, {
    title: article.title,
    summary: `Ringkasan ${article.title}.`,
    body: 'Jembatan Siak diuji beban pagi ini.\n\nLalu lintas dialihkan selama dua jam.',
    imageSrc: article.imageSrc,
    imageAlt: article.imageAlt,
    imageCredit: 'Foto uji Riau24',
  });
  // A writer has no editor's buttons.
  for (const button of [t.article.publish, w.schedule, w.correct, w.withdraw]) {
    await expect(page.getByRole('button', { name: button, exact: true })).toHaveCount(0);
  }
  expect(await press(page, t.article.submit)).toBe(303);
  await expect(page).toHaveURL(/\/ruang-redaksi\/artikel\/[0-9a-f]{8}\?ok=diajukan$/);
  await expect(page.getByRole('status').filter({ hasText: t.article.submitted })).toBeVisible();
  article.id = editorId(page);
  expect(await publicStatus(page, `/berita/${article.id}`)).toBe(404);
  await context.close();
});

test('the server refuses a writer the editor buttons: a forged Terbitkan, Jadwalkan, ralat and Tarik artikel answer 403 and change nothing', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const { context, page } = await signedIn(browser, baseURL!, writer.email);
  const before = await revisionNumbers(page, article.id);
  expect(before.length).toBeGreaterThan(0);
  const minute = toIsoWib(new Date(serverNow(journeyServer).getTime() + 5 * 60_000)).slice(0, 16);
  const forged: [string, Record<string, string>][] = [
    ['terbitkan', {}],
    ['jadwalkan', { jadwal: minute }],
    ['ralat', { ralatBaru: 'Ralat palsu.' }],
    ['tarik', { alasan: 'Penarikan palsu.' }],
  ];
  for (const [aksi, extra] of forged) {
    // The writer's own form, in their own browser, with a button the page never offered them.
    await page.goto(deskPaths.article(article.id));
    await page.locator('form.desk-article button[value="simpan"]').evaluate(
      (button: HTMLButtonElement, [value, fields]) => {
        button.value = value as string;
        for (const [name, text] of Object.entries(fields as Record<string, string>)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = text;
          button.form!.append(input);
        }
      },
      [aksi, extra] as const,
    );
    expect(await press(page, t.article.save), aksi).toBe(403);
    await expect(page.getByRole('alert')).toHaveText(t.refusedRole);
  }
  expect(await revisionNumbers(page, article.id)).toEqual(before);
  expect(await publicStatus(page, `/berita/${article.id}`)).toBe(404);
  await context.close();
});

test('an editor previews it and schedules it two minutes ahead: 404 before its minute, 200 after', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  test.setTimeout(240_000);
  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${deskPaths.article(article.id)}$`));
  // A desk draft is not in the content store: no preview link yet.
  await expect(page.getByText(w.previewUnavailable)).toBeVisible();

  const at = new Date(Math.floor((serverNow(journeyServer).getTime() + 120_000) / 60_000) * 60_000);
  await page.getByLabel(w.scheduleLabel, { exact: true }).fill(toIsoWib(at).slice(0, 16));
  expect(await press(page, w.schedule)).toBe(303);
  await expect(page.getByRole('status').filter({ hasText: t.article.scheduled })).toBeVisible();
  const slug = await page.getByLabel(t.article.fields.slug!, { exact: true }).inputValue();
  expect(slug).not.toBe('');
  article.path = `/berita/${article.id}/${slug}`;

  // The signed preview shows the stored, scheduled version, its uploaded image loaded.
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: w.previewLink, exact: true }).click(),
  ]);
  await preview.waitForLoadState('load');
  await expect(preview).toHaveURL(new RegExp(`/pratinjau/${article.id}$`));
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const lead = preview.getByRole('img', { name: article.imageAlt });
  await expect
    .poll(() => lead.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0))
    .toBe(true);
  await preview.close();

  // Before its minute: not there for readers.
  expect(serverNow(journeyServer).getTime()).toBeLessThan(at.getTime());
  expect(await publicStatus(page, article.path)).toBe(404);
  // Then the scheduler makes it live by itself, not before its minute.
  const waitMs = at.getTime() - serverNow(journeyServer).getTime() + LIVE_AFTER_MINUTE_MS;
  await expect
    .poll(() => publicStatus(page, article.path), { timeout: waitMs, intervals: [1_000] })
    .toBe(200);
  expect(serverNow(journeyServer).getTime()).toBeGreaterThanOrEqual(at.getTime());
  await page.goto(article.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await context.close();
});

test('an editor publishes a correction: the article page shows it, dated', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  await page.goto(deskPaths.article(article.id));
  const text = `Ralat uji ${RUN}: beban uji 40 ton, bukan 50 ton.`;
  await page.getByLabel(w.correctionLabel, { exact: true }).fill(text);
  expect(await press(page, w.correct)).toBe(303);
  await expect(page.getByRole('status').filter({ hasText: t.article.corrected })).toBeVisible();

  const reader = await context.newPage();
  await expect
    .poll(async () => {
      await reader.goto(article.path);
      return reader.locator('#ralat li').filter({ hasText: text }).count();
    }, VISIBLE)
    .toBe(1);
  const dated = await reader
    .locator('#ralat li')
    .filter({ hasText: text })
    .locator('time')
    .getAttribute('datetime');
  // Dated now, on the server's clock.
  expect(Math.abs(new Date(dated!).getTime() - serverNow(journeyServer).getTime())).toBeLessThan(
    5 * 60_000,
  );
  await context.close();
});

test('an editor changes the headline and slug: the old URL answers 308 to the new one', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  await page.goto(deskPaths.article(article.id));
  const oldPath = article.path;
  article.title = `Jembatan Siak Lulus Uji Beban ${RUN}`;
  await page.getByLabel(t.article.fields.title!, { exact: true }).fill(article.title);
  await page.getByLabel(t.article.fields.slug!, { exact: true }).fill('');
  expect(await press(page, t.article.publish)).toBe(303);
  await expect(page.getByRole('status').filter({ hasText: t.article.published })).toBeVisible();
  const slug = await page.getByLabel(t.article.fields.slug!, { exact: true }).inputValue();
  article.path = `/berita/${article.id}/${slug}`;
  expect(article.path).not.toBe(oldPath);

  await expect
    .poll(async () => {
      const response = await page.request.get(oldPath, { maxRedirects: 0 });
      return [response.status(), response.headers()['location']];
    }, VISIBLE)
    .toEqual([308, article.path]);
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await context.close();
});

test('a writer cannot withdraw it (403); an editor withdraws it with a reason: 410 with the reason', async ({
  browser,
  baseURL,
}) => {
  // The writer forges a Tarik artikel on the live article from their own new-article form.
  const asWriter = await signedIn(browser, baseURL!, writer.email);
  await asWriter.page.goto(deskPaths.newArticle);
  await asWriter.page.locator('form.desk-article').evaluate((form: HTMLFormElement, action) => {
    form.action = action;
    const button = form.querySelector<HTMLButtonElement>('button[value="simpan"]')!;
    button.value = 'tarik';
    const reason = document.createElement('input');
    reason.type = 'hidden';
    reason.name = 'alasan';
    reason.value = 'Penarikan palsu.';
    form.append(reason);
  }, deskPaths.article(article.id));
  expect(await press(asWriter.page, t.article.save)).toBe(403);
  expect(await publicStatus(asWriter.page, article.path)).toBe(200);
  await asWriter.context.close();

  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  await page.goto(deskPaths.article(article.id));
  // The reason is required: without it nothing happens (422).
  expect(await press(page, w.withdraw)).toBe(422);
  await expect(page.getByText(w.withdrawMissing).first()).toBeVisible();
  expect(await publicStatus(page, article.path)).toBe(200);

  const reason = `Artikel ditarik karena data uji beban belum diverifikasi (${RUN}).`;
  await page.getByLabel(w.withdrawLabel, { exact: true }).fill(reason);
  expect(await press(page, w.withdraw)).toBe(303);
  await expect(page.getByRole('status').filter({ hasText: t.article.withdrawn })).toBeVisible();
  await expect.poll(() => publicStatus(page, article.path), VISIBLE).toBe(410);
  const gone = await page.goto(article.path);
  expect(gone?.status()).toBe(410);
  await expect(page.locator('.withdrawn-article__reason')).toHaveText(reason);
  await context.close();
});
