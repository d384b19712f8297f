import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { setupPage, setupSubmit } from './handlers';
import { issueSetupLink } from './setup';
import { expectPrivate, get, ORIGIN, PASSWORD, post, testDesk } from './test-support';

/** The first admin, created through the one-time setup link, each test on an empty desk. */

const t = strings.desk;

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
