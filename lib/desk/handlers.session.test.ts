import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { SESSION_HOURS } from './auth';
import { deskHome, signInPage, signOutSubmit } from './handlers';
import { deskForEachTest, expectPrivate, get, post } from './test-support';

/** The desk's handlers with a session: the shell, the session's end, signing out. */

const t = strings.desk;
const { desk, signedIn } = deskForEachTest();

describe('signed in', () => {
  it('shows the shell with the store’s headlines and their status, escaped, kept by no cache', async () => {
    const { cookie } = await signedIn('penulis@warta.id');
    const response = await deskHome(get('/ruang-redaksi', { cookie }), desk.deps);
    expect(response.status).toBe(200);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toContain('Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;');
    expect(html).toMatch(/Draf anggaran<\/td><td><span class="desk-status">Draf</);
    expect(html).toMatch(
      /Pelantikan<\/td><td><span class="desk-status">Terjadwal, tayang 9 Jan 2026 07\.00 WIB</,
    );
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
