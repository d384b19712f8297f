import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { baseOf } from './articles';
import { DESK_AUTOSAVE_JS } from './autosave-script';
import {
  articlePage,
  articleSubmit,
  autosaveSubmit,
  deskAutosaveScript,
  deskHome,
  newArticlePage,
} from './handlers';
import { deskForEachTest, get, post, TEST_IMAGE, NEW_ARTICLE } from './test-support';

/**
 * The editor's autosave through the real handlers: the endpoint's checks, what it keeps (not a
 * revision, not audited, never published), the offer to restore it on reopening, its end at a
 * save; the desk's script on the editor only.
 */

const t = strings.desk;
const { desk, signedIn } = deskForEachTest();
const NEW = NEW_ARTICLE;

const typed = (overrides: Record<string, string> = {}) => ({
  title: 'Banjir di Pekanbaru',
  section: 'riau',
  'authors.sari-nur': '1',
  'image.src': TEST_IMAGE,
  body: 'Hujan deras sejak pagi.',
  ...overrides,
});

type Who = { cookie: string; csrf: string };

/** Saves a new article as `who`; its editor's path and id. */
async function saved(who: Who, form = typed()): Promise<{ path: string; id: string }> {
  const response = await articleSubmit(
    post(NEW, { cookie: who.cookie, form: { csrf: who.csrf, aksi: 'simpan', ...form } }),
    desk.deps,
  );
  expect(response.status).toBe(303);
  const path = (response.headers.get('location') ?? '').split('?')[0]!;
  return { path, id: decodeURIComponent(path.split('/').pop()!) };
}

async function autosave(
  who: Who | undefined,
  path: string,
  form: Record<string, string>,
  headers?: Record<string, string>,
) {
  return autosaveSubmit(
    post(`${path}/autosimpan`, {
      cookie: who?.cookie,
      form: who ? { csrf: who.csrf, ...form } : form,
      headers,
    }),
    desk.deps,
  );
}

describe('autosave', () => {
  it('refuses another site, a form without the token, the signed out, another’s draft, an unknown article', async () => {
    const writer = await signedIn('penulis@warta.id');
    const other = await signedIn('editor@warta.id');
    const { path, id } = await saved(other);
    const cases: [Response, number][] = [
      [
        await autosave(writer, NEW, typed(), {
          'sec-fetch-site': 'cross-site',
          origin: 'https://jahat.example',
        }),
        403,
      ],
      [await autosave({ cookie: writer.cookie, csrf: 'salah' }, NEW, typed()), 403],
      [await autosave(undefined, NEW, typed()), 401],
      [await autosave(writer, path, typed({ title: 'Bukan milikku' })), 403],
      [await autosave(other, '/ruang-redaksi/artikel/ffffffff', typed()), 404],
    ];
    for (const [response, status] of cases) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toMatchObject({ ok: false, status });
    }
    // Nothing was kept for the writer, neither of the new article nor of the other's.
    const writerId = (await desk.accounts.userByEmail('penulis@warta.id'))!.id;
    expect(await desk.deps.autosaves.autosave(id, writerId)).toBeUndefined();
    expect(await desk.deps.autosaves.autosave('', writerId)).toBeUndefined();
  });

  it('keeps what was typed, not as a revision, not audited, not published; offers it on reopening', async () => {
    const writer = await signedIn('penulis@warta.id');
    const { path, id } = await saved(writer);
    const revisions = await baseOf(desk.deps, id);
    const audit = (await desk.accounts.auditLog(100)).length;
    desk.advance(1);
    const response = await autosave(writer, path, typed({ title: 'Banjir meluas ke Siak' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toMatchObject({ ok: true });
    expect(await baseOf(desk.deps, id)).toBe(revisions);
    expect((await desk.accounts.auditLog(100)).length).toBe(audit);
    expect((await desk.deps.drafts.draft(id))?.title).toBe('Banjir di Pekanbaru');
    expect(
      await desk.store.articleById(id, { now: new Date('9999-01-01'), includeDrafts: true }),
    ).toBeUndefined();

    // Reopened: the saved version in the form, the typed one offered.
    const reopened = await (await articlePage(get(path, writer), desk.deps)).text();
    expect(reopened).toContain(t.autosave.restore);
    expect(reopened).toContain('value="Banjir di Pekanbaru"');
    expect(reopened).toMatch(/<form[^>]*method="get"[^>]*>.*name="ketikan" value="1"/s);
    const restored = await (await articlePage(get(`${path}?ketikan=1`, writer), desk.deps)).text();
    expect(restored).toContain('value="Banjir meluas ke Siak"');
    expect(restored).toContain(t.autosave.restored);
    // Another person is offered nothing of it.
    const editor = await signedIn('editor@warta.id');
    expect(await (await articlePage(get(path, editor), desk.deps)).text()).not.toContain(
      t.autosave.restore,
    );
  });

  it('is cleared by a save, and not offered when it is what the form holds or older than the newest revision', async () => {
    const writer = await signedIn('penulis@warta.id');
    const { path, id } = await saved(writer);
    const userId = (await desk.accounts.userByEmail('penulis@warta.id'))!.id;
    desk.advance(1);
    await autosave(writer, path, typed({ body: 'Ketikan baru.' }));
    expect(await desk.deps.autosaves.autosave(id, userId)).toBeDefined();
    const basis = String(await baseOf(desk.deps, id));
    const pressed = await articleSubmit(
      post(path, {
        cookie: writer.cookie,
        form: { csrf: writer.csrf, aksi: 'simpan', basis, ...typed({ body: 'Ketikan baru.' }) },
      }),
      desk.deps,
    );
    expect(pressed.status).toBe(303);
    expect(await desk.deps.autosaves.autosave(id, userId)).toBeUndefined();
    expect(await (await articlePage(get(path, writer), desk.deps)).text()).not.toContain(
      t.autosave.restore,
    );
    // The same as what is saved: nothing to offer.
    desk.advance(1);
    await autosave(writer, path, typed({ body: 'Ketikan baru.' }));
    expect(await (await articlePage(get(path, writer), desk.deps)).text()).not.toContain(
      t.autosave.restore,
    );
    // Older than the newest revision (someone saved since): not offered.
    await desk.deps.autosaves.putAutosave({
      articleId: id,
      userId,
      fields: { title: 'Lama' },
      savedAt: new Date(desk.deps.now().getTime() - 10 * 60_000),
    });
    expect(await (await articlePage(get(path, writer), desk.deps)).text()).not.toContain(
      t.autosave.restore,
    );
  });

  it('keeps the new article’s editor too, offered there and cleared when it is first saved', async () => {
    const writer = await signedIn('penulis@warta.id');
    const userId = (await desk.accounts.userByEmail('penulis@warta.id'))!.id;
    expect((await autosave(writer, NEW, typed({ title: 'Belum disimpan' }))).status).toBe(200);
    const page = await (await newArticlePage(get(NEW, writer), desk.deps)).text();
    expect(page).toContain(t.autosave.restore);
    const restored = await (
      await newArticlePage(get(`${NEW}?ketikan=1`, writer), desk.deps)
    ).text();
    expect(restored).toContain('value="Belum disimpan"');
    await saved(writer, typed({ title: 'Belum disimpan' }));
    expect(await desk.deps.autosaves.autosave('', userId)).toBeUndefined();
  });

  it('the script is the editor’s only: served as JavaScript, on no other desk page', async () => {
    const writer = await signedIn('penulis@warta.id');
    const script = deskAutosaveScript();
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toBe(DESK_AUTOSAVE_JS);
    for (const word of ['visibilitychange', 'pagehide', 'localStorage', 'csrf'])
      expect(DESK_AUTOSAVE_JS).toContain(word);
    const editor = await (await newArticlePage(get(NEW, writer), desk.deps)).text();
    expect(editor).toContain('data-autosave="/ruang-redaksi/artikel/baru/autosimpan"');
    expect(editor).toContain('src="/ruang-redaksi/autosimpan.js?v=');
    expect(await (await deskHome(get('/ruang-redaksi', writer), desk.deps)).text()).not.toContain(
      '<script',
    );
  });
});
