import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { strings } from '../../lib/strings';
import { E2E_LIVE_DIR } from '../../playwright.config';

/**
 * The newsroom desk writes an article and publishes it, without JavaScript, on the live server
 * (scripts/ci/live-server.sh: a copy of the content, watched): the article answers at its
 * address at once, and the accepted file lands in the watched folder.
 */

const t = strings.desk;
const PASSWORD = 'kata-sandi-e2e-yang-panjang';
const EDITOR = 'e2e-desk-editor@warta.test';
/** Unique to this run, so a second run against the same server starts clean. */
const RUN = Date.now().toString(36);

test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 60_000 });

test.beforeAll(() => {
  try {
    execFileSync('npx', ['tsx', 'scripts/dev/desk.ts', 'user', 'add', EDITOR, '--role', 'editor'], {
      input: `${PASSWORD}\n`,
      stdio: ['pipe', 'ignore', 'pipe'],
      env: {
        ...process.env,
        WARTA_CONTENT_DIR: path.join(E2E_LIVE_DIR, 'content'),
        WARTA_SQLITE_FILE: path.join(E2E_LIVE_DIR, 'store.sqlite'),
      },
    });
  } catch (error) {
    // Added by an earlier run against the same server: the email is taken, the password the same.
    if (!String((error as { stderr?: unknown }).stderr).includes(t.emailTaken)) throw error;
  }
});

test('an editor writes a new article and publishes it: its page answers 200 with the headline', async ({
  page,
  request,
}) => {
  const headline = `Uji Ruang Redaksi ${RUN}`;
  await page.setExtraHTTPHeaders({ 'x-real-ip': `198.51.100.${Math.floor(Math.random() * 250)}` });
  await page.goto('/ruang-redaksi/masuk');
  await page.getByLabel('Email', { exact: true }).fill(EDITOR);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/ruang-redaksi$/);

  await page.getByRole('link', { name: t.newArticleLink, exact: true }).click();
  await expect(page).toHaveURL(/\/ruang-redaksi\/artikel\/baru$/);
  await page.getByLabel('Judul', { exact: true }).fill(headline);
  await page.getByLabel('Ringkasan', { exact: true }).fill(`Ringkasan ${headline}.`);
  await page.getByLabel('Rubrik', { exact: true }).selectOption({ label: 'Riau' });
  await page.getByLabel('Isi', { exact: true }).fill('Paragraf pertama.\n\nParagraf kedua.');
  await page.getByLabel('Nurul Hasanah', { exact: true }).check();
  await page.getByLabel('Dateline', { exact: true }).fill('PEKANBARU, RIAU24.COM');
  await page.getByLabel('Path gambar', { exact: true }).fill('/images/articles/1e6f4a27.jpg');
  await page.getByLabel('Teks alternatif (alt)', { exact: true }).fill('Gedung pemerintahan');
  await page.getByLabel('Kredit foto', { exact: true }).fill('Ilustrasi Riau24');
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();

  await expect(page).toHaveURL(/\/ruang-redaksi\/artikel\/[0-9a-f]{8}\?ok=terbit$/);
  await expect(page.getByRole('status').filter({ hasText: t.article.published })).toBeVisible();
  const id = /artikel\/([0-9a-f]{8})/.exec(page.url())![1]!;
  const href = await page.getByRole('link', { name: t.article.readerLink }).getAttribute('href');
  expect(href).toMatch(new RegExp(`^/berita/${id}/uji-ruang-redaksi-`));

  const reader = await request.get(href!);
  expect(reader.status()).toBe(200);
  expect(await reader.text()).toContain(headline);

  // The desk's list shows it; the watched folder holds it as a file.
  await page.goto('/ruang-redaksi');
  await expect(page.getByRole('link', { name: headline, exact: true })).toBeVisible();
  const file = path.join(E2E_LIVE_DIR, 'content', 'articles', `${id}.md`);
  await expect.poll(() => existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toContain(`title: ${headline}`);
});
