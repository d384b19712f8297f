import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { LOGIN_LIMITS, SESSION_HOURS } from './auth';
import {
  deskHome,
  deskStylesheet,
  peopleGet,
  signInPage,
  signInSubmit,
  signOutSubmit,
} from './handlers';
import {
  cookieFrom,
  deskForEachTest,
  expectPrivate,
  get,
  PASSWORD,
  post,
  signInRequest,
} from './test-support';
import { tokenHash } from './tokens';

/** The desk's handlers before a session: the sign-in page and form, its limit, the stylesheet. */

const t = strings.desk;
const { desk, signedIn } = deskForEachTest();

describe('signed out', () => {
  it('the desk sends to the sign-in page, kept by no cache', async () => {
    const response = await deskHome(get('/ruang-redaksi'), desk.deps);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ruang-redaksi/masuk');
    expectPrivate(response);
  });

  it('the sign-in page is a form labelled Email and Kata sandi with a Masuk button, no script', async () => {
    const response = await signInPage(get('/ruang-redaksi/masuk'), desk.deps);
    expect(response.status).toBe(200);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toMatch(/<form[^>]*action="\/ruang-redaksi\/masuk" method="post"/);
    expect(html).toMatch(/<label>Email<input[^>]*type="email"[^>]*name="email"/);
    expect(html).toMatch(/<label>Kata sandi<input[^>]*type="password"[^>]*name="password"/);
    expect(html).toMatch(/<button type="submit">Masuk<\/button>/);
    expect(html).not.toContain('<script');
    expect(html).toContain('/ruang-redaksi/gaya.css?v=');
  });

  it('the people page and the sign-out send to the sign-in page too', async () => {
    expect((await peopleGet(get('/ruang-redaksi/orang'), desk.deps)).headers.get('location')).toBe(
      '/ruang-redaksi/masuk',
    );
    const out = await signOutSubmit(post('/ruang-redaksi/keluar'), desk.deps);
    expect(out.headers.get('location')).toBe('/ruang-redaksi/masuk');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie scoped to the desk; the store holds only its hash', async () => {
    const response = await signInSubmit(signInRequest(' Editor@Warta.ID '), desk.deps);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ruang-redaksi');
    expectPrivate(response);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^warta-redaksi=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/ruang-redaksi');
    expect(setCookie).toContain(`Max-Age=${SESSION_HOURS * 3600}`);
    expect(setCookie).not.toContain('Secure');
    const token = cookieFrom(response).split('=')[1]!;
    expect(await desk.accounts.activeSession(token, desk.deps.now())).toBeUndefined();
    expect(await desk.accounts.activeSession(tokenHash(token), desk.deps.now())).toBeDefined();
  });

  it('marks the cookie Secure in production', async () => {
    const response = await signInSubmit(signInRequest('editor@warta.id'), {
      ...desk.deps,
      production: true,
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Secure-warta-redaksi=/);
    expect(setCookie).toContain('; Secure');
    const cookie = cookieFrom(response, true);
    const home = await deskHome(get('/ruang-redaksi', { cookie }), {
      ...desk.deps,
      production: true,
    });
    expect(home.status).toBe(200);
  });

  it('answers an unknown email, a wrong password and a disabled account with one message', async () => {
    const bodies: string[] = [];
    await desk.accounts.setDisabled(
      (await desk.accounts.userByEmail('penulis@warta.id'))!.id,
      true,
    );
    for (const [email, password] of [
      ['tidak-ada@warta.id', PASSWORD],
      ['editor@warta.id', 'salah-sama-sekali'],
      ['penulis@warta.id', PASSWORD],
    ] as const) {
      const response = await signInSubmit(signInRequest(email, password), desk.deps);
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      const html = await response.text();
      expect(html).toContain(t.signInFailed);
      bodies.push(html.replace(/value="[^"]*@warta\.id"/, ''));
    }
    expect(new Set(bodies).size).toBe(1);
  });

  it('refuses a sign-in posted from another site', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'cross-site', origin: 'https://jahat.example' } as Record<string, string>,
      { origin: 'https://jahat.example' },
      {},
    ]) {
      const response = await signInSubmit(
        signInRequest('editor@warta.id', PASSWORD, { headers }),
        desk.deps,
      );
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('with a live session, the sign-in page goes on to the desk', async () => {
    const { cookie } = await signedIn('editor@warta.id');
    const response = await signInPage(get('/ruang-redaksi/masuk', { cookie }), desk.deps);
    expect(response.headers.get('location')).toBe('/ruang-redaksi');
  });
});

describe('the login limit', () => {
  it(`refuses an account after ${LOGIN_LIMITS.perAccount} failures, even with the right password, until the window passes`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const address = `198.51.100.${i}`;
      const response = await signInSubmit(
        signInRequest('editor@warta.id', 'salah', { address }),
        desk.deps,
      );
      expect(response.status).toBe(401);
    }
    const limited = await signInSubmit(signInRequest('editor@warta.id'), desk.deps);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(LOGIN_LIMITS.windowMinutes * 60));
    expect(await limited.text()).toContain(t.signInLimited(LOGIN_LIMITS.windowMinutes));
    // Another account from the same place is not held up by it.
    expect((await signInSubmit(signInRequest('penulis@warta.id'), desk.deps)).status).toBe(303);
    desk.advance(LOGIN_LIMITS.windowMinutes + 1);
    expect((await signInSubmit(signInRequest('editor@warta.id'), desk.deps)).status).toBe(303);
  });

  it('counts an unknown email like a known one (the limit tells nothing about who exists)', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++)
      await signInSubmit(
        signInRequest('tidak-ada@warta.id', 'salah', { address: `198.51.100.${i}` }),
        desk.deps,
      );
    expect((await signInSubmit(signInRequest('tidak-ada@warta.id'), desk.deps)).status).toBe(429);
  });

  it('checks no more passwords than the limit when attempts arrive all at once', async () => {
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signInSubmit(
          signInRequest('editor@warta.id', `salah-${i}`, { address: `192.0.2.${i}` }),
          desk.deps,
        ),
      ),
    );
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(
      LOGIN_LIMITS.perAccount,
    );
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(
      true,
    );
    // The ones refused unchecked do not count; the checked ones do, up to the limit.
    const since = new Date(desk.deps.now().getTime() - 60_000);
    const counted = await desk.accounts.countAttempts(
      { scope: 'email', key: 'editor@warta.id' },
      since,
    );
    expect(counted).toBe(statuses.filter((status) => status === 401).length);
  });

  it(`refuses a client address after ${LOGIN_LIMITS.perAddress} failures over any accounts`, async () => {
    const address = '203.0.113.7';
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      const email = `orang${i % 10}@warta.id`;
      await desk.deps.accounts.recordAttempt(
        [
          { scope: 'email', key: email },
          { scope: 'address', key: address },
        ],
        desk.deps.now(),
      );
    }
    const limited = await signInSubmit(
      signInRequest('admin@warta.id', PASSWORD, { address }),
      desk.deps,
    );
    expect(limited.status).toBe(429);
    const elsewhere = await signInSubmit(
      signInRequest('admin@warta.id', PASSWORD, { address: '203.0.113.8' }),
      desk.deps,
    );
    expect(elsewhere.status).toBe(303);
  });

  it('a successful sign-in clears the account’s failures', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i++)
      await signInSubmit(signInRequest('editor@warta.id', 'salah'), desk.deps);
    expect((await signInSubmit(signInRequest('editor@warta.id'), desk.deps)).status).toBe(303);
    expect((await signInSubmit(signInRequest('editor@warta.id', 'salah'), desk.deps)).status).toBe(
      401,
    );
    expect((await signInSubmit(signInRequest('editor@warta.id'), desk.deps)).status).toBe(303);
  });
});

describe('the stylesheet', () => {
  it('is CSS kept by no cache', async () => {
    const response = deskStylesheet();
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expectPrivate(response);
    expect(await response.text()).toContain('.desk-form');
  });
});
