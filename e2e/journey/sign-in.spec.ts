import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { deskPaths } from '../../lib/desk-paths';
import {
  addPerson,
  editorId,
  expect,
  newPerson,
  PASSWORD,
  person,
  signIn,
  signedIn,
  t,
  test,
  isFormPost,
} from '../support/journey';

/**
 * Signing in on the production server: every desk page sends a signed-out browser to the
 * sign-in form; the session cookie's flags; one message for an unknown email and a wrong
 * password; the login limit.
 */

test.describe.configure({ timeout: 60_000 });

/** Presses Masuk and answers the status of the POST. */
async function signInStatus(page: Page, email: string, password: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse(isFormPost),
    signIn(page, email, password),
  ]);
  return response.status();
}

test('signed out, every desk page leads to the sign-in form (303)', async ({
  browser,
  baseURL,
  journeyServer,
  request,
}) => {
  // A real article, so its editor and revisions pages exist.
  const writer = person(journeyServer, 'Penulis', 'penulis-keluar');
  await addPerson(journeyServer, writer.email, 'penulis', writer.name);
  const { context, page } = await signedIn(browser, baseURL!, writer.email);
  await page.goto(deskPaths.newArticle);
  await page.getByLabel(t.article.fields.title!, { exact: true }).fill(`Draf ${randomUUID()}`);
  await page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(page).toHaveURL(/\?ok=disimpan$/);
  const id = editorId(page);
  await context.close();

  const pages = [
    deskPaths.home,
    deskPaths.newArticle,
    deskPaths.article(id),
    deskPaths.revisions(id),
    deskPaths.people,
    deskPaths.upload,
  ];
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers()['location'], path).toBe(deskPaths.signIn);
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
  }
  // A browser lands on the form itself.
  const stranger = await newPerson(browser, baseURL!);
  const browsing = await stranger.newPage();
  for (const path of pages) {
    await browsing.goto(path);
    await expect(browsing).toHaveURL(new RegExp(`${deskPaths.signIn}$`));
    await expect(browsing.getByRole('heading', { level: 1 })).toHaveText(t.signInTitle);
  }
  // The editor's autosave, a script's request, is told so (401), not redirected.
  const autosave = await request.post(deskPaths.autosave(id), {
    form: { judul: 'x' },
    headers: { origin: baseURL! },
  });
  expect(autosave.status()).toBe(401);
  await stranger.close();
});

test('the session cookie: __Secure- name, HttpOnly, SameSite=Lax, Path=/ruang-redaksi, Secure, 12 hours', async ({
  browser,
  baseURL,
  journeyServer,
  request,
}) => {
  const editor = person(journeyServer, 'Editor', 'editor-kuki');
  await addPerson(journeyServer, editor.email, 'editor', editor.name);
  // Production decides Secure (NODE_ENV=production, whatever the scheme the request came by).
  const response = await request.post(deskPaths.signIn, {
    form: { email: editor.email, password: PASSWORD },
    headers: { origin: baseURL!, 'x-real-ip': '192.0.2.10' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe(deskPaths.home);
  const [pair, ...attributes] = (response.headers()['set-cookie'] ?? '').split(/;\s*/);
  expect(pair).toMatch(/^__Secure-warta-redaksi=[\w-]{20,}$/);
  const flags = attributes.map((a) => a.toLowerCase());
  expect(flags.filter((a) => !a.startsWith('max-age=')).sort()).toEqual(
    ['httponly', 'path=/ruang-redaksi', 'samesite=lax', 'secure'].sort(),
  );
  // The session's twelve hours, counted from the sign-in (a second may have passed since).
  const maxAge = Number(flags.find((a) => a.startsWith('max-age='))?.slice('max-age='.length));
  expect(maxAge).toBeGreaterThan(12 * 3600 - 10);
  expect(maxAge).toBeLessThanOrEqual(12 * 3600);

  // Chromium keeps it from http://127.0.0.1 (a trustworthy origin), with those flags.
  const { context } = await signedIn(browser, baseURL!, editor.email);
  const cookies = await context.cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({
    name: '__Secure-warta-redaksi',
    path: '/ruang-redaksi',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
  });
  await context.close();
});

test('one message for an unknown email and a wrong password; five failures, then 429 even with the right password', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const writer = person(journeyServer, 'Penulis', `penulis-batas-${randomUUID().slice(0, 8)}`);
  await addPerson(journeyServer, writer.email, 'penulis', writer.name);
  const context = await newPerson(browser, baseURL!);
  const page = await context.newPage();

  expect(await signInStatus(page, `tidak-ada-${randomUUID()}@warta.test`, PASSWORD)).toBe(401);
  const unknown = await page.getByRole('alert').textContent();
  expect(unknown).toBe(t.signInFailed);
  for (let i = 0; i < 5; i++) {
    expect(await signInStatus(page, writer.email, 'bukan-kata-sandinya')).toBe(401);
    await expect(page.getByRole('alert')).toHaveText(unknown!);
  }
  const [limited] = await Promise.all([
    page.waitForResponse(isFormPost),
    signIn(page, writer.email, PASSWORD),
  ]);
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  await expect(page.getByRole('alert')).toHaveText(t.signInLimited(Math.ceil(retryAfter / 60)));
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
