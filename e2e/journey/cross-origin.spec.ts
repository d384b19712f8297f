import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { deskPaths } from '../../lib/desk-paths';
import { storeUpload } from '../../lib/desk/uploads';
import type { DeskImagesStore } from '../../lib/store/images-port';
import {
  addPerson,
  editorId,
  expect,
  hiddenField,
  jpegOf,
  person,
  revisionNumbers,
  RUN,
  sessionCookieHeader,
  signedIn,
  t,
  test,
} from '../support/journey';

/**
 * A form posted to the desk from another site is refused (403) and changes nothing, whatever
 * it carries: here the victim's own session cookie and form token go with it (a browser would
 * not even send the SameSite=Lax cookie), so only the origin check stands between it and the
 * change. Each action of the desk, each way a browser says where a form came from.
 */

test.describe.configure({ timeout: 90_000 });

/** How browsers say a form came from elsewhere: Sec-Fetch-Site, else only Origin. */
const FOREIGN: Record<string, string>[] = [
  { origin: 'https://jahat.example', 'sec-fetch-site': 'cross-site' },
  { origin: 'https://berita.riau24.com', 'sec-fetch-site': 'same-site' },
  { origin: 'https://jahat.example' },
  { origin: 'null' },
];

async function refusedEverywhere(
  request: APIRequestContext,
  url: string,
  cookie: string,
  body: { form?: Record<string, string>; multipart?: Record<string, unknown> },
) {
  for (const headers of FOREIGN) {
    const response = await request.post(url, {
      ...(body as object),
      headers: { ...headers, cookie },
      maxRedirects: 0,
    });
    expect(response.status(), `${url} ${JSON.stringify(headers)}`).toBe(403);
    expect(response.headers()['set-cookie']).toBeUndefined();
    if (!url.endsWith('/autosimpan')) expect(await response.text()).toContain(t.refusedOrigin);
  }
}

test('every desk action posted from another site is refused (403) and changes nothing', async ({
  browser,
  baseURL,
  journeyServer,
  playwright,
}) => {
  const editor = person(journeyServer, 'Editor', 'editor-lintas');
  await addPerson(journeyServer, editor.email, 'editor', editor.name);
  const { context, page } = await signedIn(browser, baseURL!, editor.email);
  const cookie = await sessionCookieHeader(context);
  // A client with no cookies of its own: it sends exactly the headers given.
  const request = await playwright.request.newContext({ baseURL });

  // An article with one revision, not published.
  await page.goto(deskPaths.newArticle);
  const title = `Sasaran Lintas Situs ${journeyServer.engine} ${RUN}`;
  await page.getByLabel(t.article.fields.title!, { exact: true }).fill(title);
  await page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(page).toHaveURL(/\?ok=disimpan$/);
  const id = editorId(page);
  const csrf = await hiddenField(page, 'csrf');
  const basis = await hiddenField(page, 'basis');
  const revisions = await revisionNumbers(page, id);

  // Sign-in: no session is made.
  await refusedEverywhere(request, deskPaths.signIn, '', {
    form: { email: editor.email, password: 'kata-sandi-perjalanan-e2e' },
  });
  // Save, a new article's save, publish, restore: no revision, nothing published.
  const article = { csrf, basis, judul: `${title} diubah`, isi: 'Diubah dari luar.' };
  await refusedEverywhere(request, deskPaths.article(id), cookie, {
    form: { ...article, aksi: 'simpan' },
  });
  await refusedEverywhere(request, deskPaths.article(id), cookie, {
    form: { ...article, aksi: 'terbitkan' },
  });
  await refusedEverywhere(request, deskPaths.newArticle, cookie, {
    form: { ...article, basis: '0', aksi: 'simpan', judul: `Baru dari luar ${RUN}` },
  });
  await refusedEverywhere(request, deskPaths.revisions(id), cookie, {
    form: { csrf, basis, pulihkan: '1' },
  });
  // Autosave: nothing kept to offer back.
  await refusedEverywhere(request, deskPaths.autosave(id), cookie, {
    form: { ...article, aksi: 'simpan' },
  });
  // People (refused here before the role is even looked at: the message is the origin's; the
  // admin's own session is refused the same way in first-admin.spec.ts).
  const stranger = `e2e-orang-luar-${journeyServer.engine}-${RUN}@warta.test`;
  await refusedEverywhere(request, deskPaths.people, cookie, {
    form: {
      csrf,
      aksi: 'tambah',
      email: stranger,
      name: 'Orang Luar',
      peran: 'admin',
      password: 'kata-sandi-orang-luar',
    },
  });
  // Upload: no file written (where the server would have written this image).
  const jpeg = await jpegOf(`lintas-${journeyServer.engine}-${RUN}`);
  await refusedEverywhere(request, deskPaths.upload, cookie, {
    multipart: {
      csrf,
      alt: 'Gambar dari luar',
      credit: 'Luar',
      gambar: { name: 'luar.jpg', mimeType: 'image/jpeg', buffer: jpeg },
    },
  });
  // Sign-out: the session goes on.
  await refusedEverywhere(request, deskPaths.signOut, cookie, { form: { csrf, semua: '1' } });

  // Nothing changed.
  expect(await revisionNumbers(page, id)).toEqual(revisions);
  await page.goto(deskPaths.article(id));
  await expect(page.getByLabel(t.article.fields.title!, { exact: true })).toHaveValue(title);
  await expect(page.getByRole('button', { name: t.autosave.restore })).toHaveCount(0);
  expect((await request.get(`/berita/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  // The list shows this person's draft, and no new one.
  await page.goto(deskPaths.home);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Baru dari luar ${RUN}` })).toHaveCount(0);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'warta-upload-'));
  // Where the upload would have gone had it been accepted: a first upload keeps its own path.
  const firstUpload: DeskImagesStore = {
    putImage: async (image) => image.path,
    image: async () => undefined,
  };
  const wouldBe = await storeUpload(firstUpload, scratch, jpeg, new Date());
  await rm(scratch, { recursive: true, force: true });
  if (wouldBe === 'unsupported') throw new Error('the test image is not a JPEG');
  expect(existsSync(path.join('public', wouldBe.src))).toBe(false);
  // Still signed in (the sign-out was refused), in this browser and with the cookie alone.
  const home = await request.get(deskPaths.home, { headers: { cookie }, maxRedirects: 0 });
  expect(home.status()).toBe(200);
  await request.dispose();
  await context.close();
});
