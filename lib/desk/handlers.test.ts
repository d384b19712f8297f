import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { LOGIN_LIMITS, SESSION_HOURS } from './auth';
import {
  deskHome,
  deskStylesheet,
  peopleGet,
  peopleSubmit,
  setupPage,
  setupSubmit,
  signInPage,
  signInSubmit,
  signOutSubmit,
} from './handlers';
import { issueSetupLink } from './setup';
import {
  cookieFrom,
  csrfFrom,
  get,
  ORIGIN,
  PASSWORD,
  post,
  type RequestOptions,
  testDesk,
} from './test-support';
import { tokenHash } from './tokens';

const t = strings.desk;
type Desk = Awaited<ReturnType<typeof testDesk>>;

let desk: Desk;

beforeEach(async () => {
  desk = await testDesk([
    {
      id: 'a1',
      title: 'Banjir <b>Pekanbaru</b>',
      status: 'published',
      publishedAt: new Date('2026-01-04T00:00:00Z'),
    },
    {
      id: 'a2',
      title: 'Draf anggaran',
      status: 'draft',
      publishedAt: new Date('2026-01-06T00:00:00Z'),
    },
    {
      id: 'a3',
      title: 'Pelantikan',
      status: 'scheduled',
      publishedAt: new Date('2026-01-09T00:00:00Z'),
    },
  ]);
  await desk.person('admin@warta.id', 'admin');
  await desk.person('editor@warta.id', 'editor');
  await desk.person('penulis@warta.id', 'penulis');
});

afterEach(async () => {
  await desk.close();
});

function signInRequest(email: string, password = PASSWORD, options: RequestOptions = {}) {
  return post('/ruang-redaksi/masuk', { form: { email, password }, ...options });
}

async function signedIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const response = await signInSubmit(signInRequest(email), desk.deps);
  expect(response.status).toBe(303);
  const cookie = cookieFrom(response);
  const csrf = await csrfFrom(await deskHome(get('/ruang-redaksi', { cookie }), desk.deps));
  return { cookie, csrf };
}

const expectPrivate = (response: Response) =>
  expect(response.headers.get('cache-control')).toBe('private, no-store');

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

describe('signed in', () => {
  it('shows the shell with the store’s headlines and their status, escaped, kept by no cache', async () => {
    const { cookie } = await signedIn('penulis@warta.id');
    const response = await deskHome(get('/ruang-redaksi', { cookie }), desk.deps);
    expect(response.status).toBe(200);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toContain('Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;');
    expect(html).toMatch(/Draf anggaran<\/td><td><span class="desk-status">Draf</);
    expect(html).toMatch(/Pelantikan<\/td><td><span class="desk-status">Terjadwal</);
    expect(html).toContain(t.signedInAs('penulis', 'Penulis'));
    expect(html).not.toContain(t.peopleLink);
    expect(html).not.toContain('<script');
  });

  it('ends when the session expires', async () => {
    const { cookie } = await signedIn('editor@warta.id');
    desk.advance(SESSION_HOURS * 60 - 1);
    expect((await deskHome(get('/ruang-redaksi', { cookie }), desk.deps)).status).toBe(200);
    desk.advance(1);
    const expired = await deskHome(get('/ruang-redaksi', { cookie }), desk.deps);
    expect(expired.status).toBe(303);
    expect(expired.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('signs out of this browser only, or of every device', async () => {
    const here = await signedIn('editor@warta.id');
    const there = await signedIn('editor@warta.id');
    const out = await signOutSubmit(
      post('/ruang-redaksi/keluar', { cookie: here.cookie, form: { csrf: here.csrf } }),
      desk.deps,
    );
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/ruang-redaksi/masuk?keluar=1');
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await deskHome(get('/ruang-redaksi', { cookie: here.cookie }), desk.deps)).status).toBe(
      303,
    );
    expect(
      (await deskHome(get('/ruang-redaksi', { cookie: there.cookie }), desk.deps)).status,
    ).toBe(200);

    const third = await signedIn('editor@warta.id');
    const everywhere = await signOutSubmit(
      post('/ruang-redaksi/keluar', {
        cookie: third.cookie,
        form: { csrf: third.csrf, semua: '1' },
      }),
      desk.deps,
    );
    expect(everywhere.headers.get('location')).toBe('/ruang-redaksi/masuk?keluar=semua');
    for (const cookie of [there.cookie, third.cookie])
      expect((await deskHome(get('/ruang-redaksi', { cookie }), desk.deps)).status).toBe(303);
    const page = await signInPage(get('/ruang-redaksi/masuk?keluar=semua'), desk.deps);
    expect(await page.text()).toContain(t.signedOutEverywhere);
  });

  it('refuses a sign-out without the form token or from another site', async () => {
    const { cookie, csrf } = await signedIn('editor@warta.id');
    const noToken = await signOutSubmit(post('/ruang-redaksi/keluar', { cookie }), desk.deps);
    expect(noToken.status).toBe(403);
    const crossSite = await signOutSubmit(
      post('/ruang-redaksi/keluar', {
        cookie,
        form: { csrf },
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://jahat.example' },
      }),
      desk.deps,
    );
    expect(crossSite.status).toBe(403);
    expect((await deskHome(get('/ruang-redaksi', { cookie }), desk.deps)).status).toBe(200);
  });
});

describe('people and roles', () => {
  it('are for admins only: a writer or an editor gets 403 and changes nothing', async () => {
    for (const email of ['penulis@warta.id', 'editor@warta.id']) {
      const { cookie, csrf } = await signedIn(email);
      expect((await peopleGet(get('/ruang-redaksi/orang', { cookie }), desk.deps)).status).toBe(
        403,
      );
      const attempt = await peopleSubmit(
        post('/ruang-redaksi/orang', {
          cookie,
          form: {
            csrf,
            aksi: 'peran',
            orang: (await desk.accounts.userByEmail(email))!.id,
            peran: 'admin',
          },
        }),
        desk.deps,
      );
      expect(attempt.status).toBe(403);
      expect(await attempt.text()).toContain(t.refusedRole);
      expect((await desk.accounts.userByEmail(email))?.role).not.toBe('admin');
    }
  });

  it('an admin adds a person, changes a role, disables (ending their sessions) and enables; all audited', async () => {
    const admin = await signedIn('admin@warta.id');
    const page = await peopleGet(get('/ruang-redaksi/orang', { cookie: admin.cookie }), desk.deps);
    expect(page.status).toBe(200);
    expectPrivate(page);
    const act = (form: Record<string, string>) =>
      peopleSubmit(
        post('/ruang-redaksi/orang', { cookie: admin.cookie, form: { csrf: admin.csrf, ...form } }),
        desk.deps,
      );

    const added = await act({
      aksi: 'tambah',
      email: 'Baru@Warta.id',
      name: 'Baru',
      peran: 'penulis',
      password: PASSWORD,
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain(t.personAdded('baru@warta.id'));
    const baru = (await desk.accounts.userByEmail('baru@warta.id'))!;
    expect(baru.passwordHash).toMatch(/^\$argon2id\$/);

    expect(
      (
        await act({
          aksi: 'tambah',
          email: 'baru@warta.id',
          name: 'Lagi',
          peran: 'penulis',
          password: PASSWORD,
        })
      ).status,
    ).toBe(422);
    const short = await act({
      aksi: 'tambah',
      email: 'pendek@warta.id',
      name: 'P',
      peran: 'penulis',
      password: 'pendek',
    });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('minimal');

    expect((await act({ aksi: 'peran', orang: baru.id, peran: 'editor' })).status).toBe(200);
    expect((await desk.accounts.userById(baru.id))?.role).toBe('editor');
    expect((await act({ aksi: 'peran', orang: baru.id, peran: 'raja' })).status).toBe(422);

    const theirs = await signedIn('baru@warta.id');
    expect((await act({ aksi: 'nonaktifkan', orang: baru.id })).status).toBe(200);
    expect(
      (await deskHome(get('/ruang-redaksi', { cookie: theirs.cookie }), desk.deps)).status,
    ).toBe(303);
    expect((await signInSubmit(signInRequest('baru@warta.id'), desk.deps)).status).toBe(401);
    expect((await act({ aksi: 'aktifkan', orang: baru.id })).status).toBe(200);
    const again = await signedIn('baru@warta.id');
    expect((await act({ aksi: 'keluarkan', orang: baru.id })).status).toBe(200);
    expect(
      (await deskHome(get('/ruang-redaksi', { cookie: again.cookie }), desk.deps)).status,
    ).toBe(303);

    const log = await desk.accounts.auditLog(50);
    const byAdmin = log.filter((e) => e.actorEmail === 'admin@warta.id').map((e) => e.action);
    expect(byAdmin).toEqual(
      expect.arrayContaining([
        'orang ditambahkan',
        'peran diubah',
        'dinonaktifkan',
        'diaktifkan',
        'dikeluarkan dari semua perangkat',
      ]),
    );
    const shown = await (
      await peopleGet(get('/ruang-redaksi/orang', { cookie: admin.cookie }), desk.deps)
    ).text();
    expect(shown).toContain('peran diubah (penulis → editor)');
    expect(shown).toContain('baru@warta.id');
  });

  it('never leaves the desk without an active admin', async () => {
    const admin = await signedIn('admin@warta.id');
    const id = (await desk.accounts.userByEmail('admin@warta.id'))!.id;
    for (const form of [
      { aksi: 'peran', orang: id, peran: 'editor' } as Record<string, string>,
      { aksi: 'nonaktifkan', orang: id },
    ]) {
      const response = await peopleSubmit(
        post('/ruang-redaksi/orang', { cookie: admin.cookie, form: { csrf: admin.csrf, ...form } }),
        desk.deps,
      );
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(t.lastAdmin);
    }
    expect((await desk.accounts.userById(id))?.role).toBe('admin');
  });

  it('refuses a change posted from another site or without the form token', async () => {
    const admin = await signedIn('admin@warta.id');
    const form = {
      aksi: 'tambah',
      email: 'jahat@warta.id',
      name: 'J',
      peran: 'admin',
      password: PASSWORD,
    };
    for (const request of [
      post('/ruang-redaksi/orang', {
        cookie: admin.cookie,
        form: { csrf: admin.csrf, ...form },
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://jahat.example' },
      }),
      post('/ruang-redaksi/orang', {
        cookie: admin.cookie,
        form: { csrf: admin.csrf, ...form },
        headers: { origin: 'https://jahat.example' },
      }),
      post('/ruang-redaksi/orang', { cookie: admin.cookie, form }),
      post('/ruang-redaksi/orang', { cookie: admin.cookie, form: { csrf: 'tebakan', ...form } }),
    ]) {
      expect((await peopleSubmit(request, desk.deps)).status).toBe(403);
    }
    expect(await desk.accounts.userByEmail('jahat@warta.id')).toBeUndefined();
  });

  it('refuses a form larger than a desk form can be', async () => {
    const admin = await signedIn('admin@warta.id');
    const response = await peopleSubmit(
      post('/ruang-redaksi/orang', {
        cookie: admin.cookie,
        form: { csrf: admin.csrf, name: 'x'.repeat(20_000) },
      }),
      desk.deps,
    );
    expect(response.status).toBe(413);
  });
});

describe('the first admin', () => {
  it('is created through a one-time link, which then no longer works', async () => {
    const fresh = await testDesk();
    try {
      const link = await issueSetupLink(fresh.accounts, ORIGIN, fresh.deps.now());
      expect(link).toMatch(
        /^http:\/\/localhost:3000\/ruang-redaksi\/siapkan\?token=[A-Za-z0-9_-]{43}$/,
      );
      const token = new URL(link!).searchParams.get('token')!;
      const page = await setupPage(get(`/ruang-redaksi/siapkan?token=${token}`), fresh.deps);
      expect(page.status).toBe(200);
      expectPrivate(page);
      expect(await page.text()).toContain(t.setupButton);

      const wrong = await setupPage(get('/ruang-redaksi/siapkan?token=salah'), fresh.deps);
      expect(wrong.status).toBe(404);

      const crossSite = await setupSubmit(
        post('/ruang-redaksi/siapkan', {
          form: { token, email: 'kepala@warta.id', name: 'Kepala', password: PASSWORD },
          headers: { origin: 'https://jahat.example' },
        }),
        fresh.deps,
      );
      expect(crossSite.status).toBe(403);

      const weak = await setupSubmit(
        post('/ruang-redaksi/siapkan', {
          form: { token, email: 'kepala@warta.id', name: 'Kepala', password: 'x' },
        }),
        fresh.deps,
      );
      expect(weak.status).toBe(422);

      const created = await setupSubmit(
        post('/ruang-redaksi/siapkan', {
          form: { token, email: 'kepala@warta.id', name: 'Kepala', password: PASSWORD },
        }),
        fresh.deps,
      );
      expect(created.status).toBe(303);
      expect(created.headers.get('location')).toBe('/ruang-redaksi/masuk');
      expect((await fresh.accounts.userByEmail('kepala@warta.id'))?.role).toBe('admin');

      const reused = await setupSubmit(
        post('/ruang-redaksi/siapkan', {
          form: { token, email: 'lain@warta.id', name: 'Lain', password: PASSWORD },
        }),
        fresh.deps,
      );
      expect(reused.status).toBe(404);
      expect(await fresh.accounts.userByEmail('lain@warta.id')).toBeUndefined();
      expect(
        await (await setupPage(get(`/ruang-redaksi/siapkan?token=${token}`), fresh.deps)).text(),
      ).toContain(t.setupDone);
      expect(await issueSetupLink(fresh.accounts, ORIGIN, fresh.deps.now())).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });

  it('expires with its link', async () => {
    const fresh = await testDesk();
    try {
      const token = new URL(
        (await issueSetupLink(fresh.accounts, ORIGIN, fresh.deps.now()))!,
      ).searchParams.get('token')!;
      fresh.advance(24 * 60);
      const late = await setupSubmit(
        post('/ruang-redaksi/siapkan', {
          form: { token, email: 'kepala@warta.id', name: 'K', password: PASSWORD },
        }),
        fresh.deps,
      );
      expect(late.status).toBe(404);
      expect(await fresh.accounts.countActiveAdmins()).toBe(0);
    } finally {
      await fresh.close();
    }
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
