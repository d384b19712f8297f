import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { deskHome, peopleGet, peopleSubmit, signInSubmit } from './handlers';
import { deskForEachTest, expectPrivate, get, PASSWORD, post, signInRequest } from './test-support';

/** The desk's people page: who may use it, each change to an account, its refusals. */

const t = strings.desk;
const { desk, signedIn } = deskForEachTest();

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
