import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { strings } from '../lib/strings';

/**
 * The newsroom desk on the production build (server.ts, NODE_ENV=production): signing in without
 * JavaScript, the redirect when signed out, the session cookie's flags, the login limit, and that
 * reader pages never see the desk's cookie. People are added with `npm run desk`, on the store
 * the server reads (the default SQLite file of content/).
 */

const t = strings.desk;
const PASSWORD = 'kata-sandi-e2e-yang-panjang';

function addPerson(email: string, role: 'penulis' | 'editor' | 'admin') {
  try {
    execFileSync('npx', ['tsx', 'scripts/dev/desk.ts', 'user', 'add', email, '--role', role], {
      input: `${PASSWORD}\n`,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
  } catch (error) {
    // Added by an earlier run: the email is taken, the password the same.
    if (!String((error as { stderr?: unknown }).stderr).includes(t.emailTaken)) throw error;
  }
}

/** Each test its own client address (the server counts failed sign-ins per address too). */
async function asClient(page: Page) {
  await page.setExtraHTTPHeaders({ 'x-real-ip': `198.51.100.${Math.floor(Math.random() * 250)}` });
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/ruang-redaksi/masuk');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

test.use({ javaScriptEnabled: false });

test.beforeAll(() => {
  addPerson('e2e-editor@warta.test', 'editor');
});

test('signed out, the desk sends to the sign-in form, kept by no cache', async ({ page }) => {
  const response = await page.goto('/ruang-redaksi');
  expect(page.url()).toMatch(/\/ruang-redaksi\/masuk$/);
  expect(response?.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.signInTitle);
  await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Kata sandi', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Masuk', exact: true })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
});

test('signing in without JavaScript sets an HttpOnly, SameSite=Lax, Secure cookie for the desk only', async ({
  page,
  context,
}) => {
  await asClient(page);
  await signIn(page, 'e2e-editor@warta.test');
  await expect(page).toHaveURL(/\/ruang-redaksi$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.articlesHeading);
  await expect(page.locator('table tbody tr').first()).toBeVisible();

  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({
    name: '__Secure-warta-redaksi',
    path: '/ruang-redaksi',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
  });

  // A reader page is asked without it, and answers as before: no desk cookie, no private answer.
  const requestHeaders: Record<string, string>[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) requestHeaders.push(request.headers());
  });
  const reader = await page.goto('/');
  expect(requestHeaders.at(-1)?.cookie ?? '').not.toContain('warta-redaksi');
  expect(reader?.headers()['set-cookie']).toBeUndefined();
  expect(reader?.headers()['cache-control'] ?? '').not.toContain('private');

  await page.goto('/ruang-redaksi');
  await page.getByRole('button', { name: t.signOutButton, exact: true }).click();
  await expect(page).toHaveURL(/\/ruang-redaksi\/masuk\?keluar=1$/);
  await expect(page.getByText(t.signedOut)).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});

test('an unknown email and a wrong password get the same one message', async ({ page }) => {
  await asClient(page);
  await signIn(page, `tidak-ada-${randomUUID()}@warta.test`);
  await expect(page.getByRole('alert')).toHaveText(t.signInFailed);
  await signIn(page, 'e2e-editor@warta.test', 'bukan-kata-sandinya');
  await expect(page.getByRole('alert')).toHaveText(t.signInFailed);
});

test('after five failures an account is refused, even with the right password', async ({
  page,
}) => {
  const email = `e2e-batas-${randomUUID()}@warta.test`;
  addPerson(email, 'penulis');
  await asClient(page);
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, 'salah-terus-menerus');
    await expect(page.getByRole('alert')).toHaveText(t.signInFailed);
  }
  await signIn(page, email);
  await expect(page.getByRole('alert')).toHaveText(t.signInLimited(15));
  await expect(page).toHaveURL(/\/ruang-redaksi\/masuk$/);
});

test('a form posted from another site is refused', async ({ request }) => {
  const response = await request.post('/ruang-redaksi/masuk', {
    form: { email: 'e2e-editor@warta.test', password: PASSWORD },
    headers: { origin: 'https://jahat.example', 'sec-fetch-site': 'cross-site' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the sign-in form, the desk and the article editor fit 390 px', async ({ page }) => {
    await asClient(page);
    await page.goto('/ruang-redaksi/masuk');
    // Every field and button inside the screen: nothing to scroll sideways to.
    const fitsTheScreen = async (selector: string) => {
      for (const box of await page
        .locator(selector)
        .evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().right),
        ))
        expect(box).toBeLessThanOrEqual(390);
    };
    await fitsTheScreen('input, button, h1');
    await signIn(page, 'e2e-editor@warta.test');
    await expect(page).toHaveURL(/\/ruang-redaksi$/);
    await fitsTheScreen('header a, header button, h1');
    // The article editor: every label, field and button, the body's textarea too.
    await page.goto('/ruang-redaksi/artikel/baru');
    await expect(page.getByLabel('Isi', { exact: true })).toBeVisible();
    await fitsTheScreen('main label, main input, main select, main textarea, main button');
    // The scripts are the desk's own, autosave and body editor, from the desk's paths.
    const scripts = await page
      .locator('script')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^\/ruang-redaksi\/autosimpan\.js\?v=/);
    expect(scripts[1]).toMatch(/^\/ruang-redaksi\/aset\/penyunting\.[0-9a-f]{12}\.js$/);
  });
});
