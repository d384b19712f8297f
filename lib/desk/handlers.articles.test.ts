import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { baseOf } from './articles';
import { articlePage, articleSubmit, deskHome, newArticlePage } from './handlers';
import {
  deskForEachTest,
  expectPrivate,
  get,
  post,
  withoutDeskScript,
  articleForm as sharedArticleForm,
  NEW_ARTICLE,
  ANY_TIME,
} from './test-support';

/**
 * The article editor and its workflow: who may save, submit and publish, what reaches the store
 * (only through the publish path, only when valid), what the pages show and escape.
 */

const t = strings.desk;
const a = t.article;
const { desk, signedIn } = deskForEachTest();

const NEW = NEW_ARTICLE;

/** A complete article as the form sends it. */
const articleForm = (overrides: Record<string, string> = {}) =>
  sharedArticleForm({ tags: 'Banjir, Pekanbaru', ...overrides });

/**
 * A press of a button on the form at `path`, as opened just now: based on the article's newest
 * revision, unless the form gives its own `basis`.
 */
async function press(
  who: { cookie: string; csrf: string },
  path: string,
  aksi: string,
  form: Record<string, string> = articleForm(),
  headers?: Record<string, string>,
) {
  const id = decodeURIComponent(path.split('/').pop() ?? '');
  const basis = String(await baseOf(desk.deps, id));
  return articleSubmit(
    post(path, { cookie: who.cookie, form: { csrf: who.csrf, aksi, basis, ...form }, headers }),
    desk.deps,
  );
}

/** The article's path a 303 leads to, and its id. */
function landing(response: Response): { path: string; id: string } {
  expect(response.status).toBe(303);
  const location = response.headers.get('location') ?? '';
  const match = /^\/ruang-redaksi\/artikel\/([a-z0-9-]+)\?ok=/.exec(location);
  expect(match, location).not.toBeNull();
  return { path: location.split('?')[0]!, id: match![1]! };
}

describe('the article editor', () => {
  it('signed out, every page and form of it sends to the sign-in page', async () => {
    for (const response of [
      await newArticlePage(get(NEW), desk.deps),
      await articlePage(get('/ruang-redaksi/artikel/a1b2c3d4'), desk.deps),
      await articleSubmit(post(NEW, { form: { aksi: 'simpan', ...articleForm() } }), desk.deps),
    ]) {
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/ruang-redaksi/masuk');
    }
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
  });

  it('has a labelled control for every field, a textarea for the body, only the desk’s own scripts; Terbitkan for editors only', async () => {
    const editor = await signedIn('editor@warta.id');
    const page = await newArticlePage(get(NEW, { cookie: editor.cookie }), desk.deps);
    expect(page.status).toBe(200);
    expectPrivate(page);
    const html = await page.text();
    for (const label of ['Judul', 'Ringkasan', 'Rubrik', 'Isi', 'Penulis', 'Tag', 'Waktu terbit'])
      expect(html).toContain(`>${label}</`);
    expect(html).toMatch(
      /<label for="f-body" id="f-body-label">Isi<\/label>.*<textarea id="f-body" name="body"/s,
    );
    // The body editor's toolbar: real buttons with their Indonesian names, hidden until its script runs.
    expect(html).toMatch(
      /<div class="desk-editor__toolbar" role="toolbar" aria-label="Format isi" hidden="">/,
    );
    for (const name of [
      'Tebal',
      'Miring',
      'Subjudul',
      'Tautan',
      'Daftar',
      'Kutipan',
      'Gambar',
      'Baca Juga',
      'Sematan',
      'Galeri foto',
    ])
      expect(html).toMatch(
        new RegExp(`<button type="button"[^>]* data-perintah="[a-z-]+" aria-label="${name}"`),
      );
    expect(html).toContain('aria-keyshortcuts="Control+B"');
    expect(html).toMatch(/<select id="f-section" name="section".*<option value="riau">Riau/s);
    // One script, the desk's own autosave, from this site (nothing inline).
    expect(withoutDeskScript(html)).not.toContain('<script');
    expect(html).toMatch(/<script src="\/ruang-redaksi\/autosimpan\.js\?v=/);
    for (const button of [a.save, a.submit, a.publish])
      expect(html).toContain(`>${button}</button>`);

    const writer = await signedIn('penulis@warta.id');
    const theirs = await (
      await newArticlePage(get(NEW, { cookie: writer.cookie }), desk.deps)
    ).text();
    expect(theirs).toContain(`>${a.save}</button>`);
    expect(theirs).toContain(`>${a.submit}</button>`);
    expect(theirs).not.toContain(`>${a.publish}</button>`);
  });
});

describe('a writer', () => {
  it('saves a draft and submits it; both audited, listed with the headline, nothing live', async () => {
    const writer = await signedIn('penulis@warta.id');
    const saved = landing(await press(writer, NEW, 'simpan', articleForm({ summary: '' })));
    const draft = await desk.deps.drafts.draft(saved.id);
    expect(draft).toMatchObject({ title: 'Banjir di Pekanbaru', state: 'draft' });

    // Reopened: what was typed, and what is still missing beside its field.
    const reopened = await articlePage(get(`${saved.path}?ok=disimpan`, writer), desk.deps);
    const html = await reopened.text();
    expect(html).toContain(a.saved);
    expect(html).toContain('value="Banjir di Pekanbaru"');
    expect(html).toMatch(/id="f-summary-masalah"><li>wajib diisi<\/li>/);

    // Not submitted while a field is missing; then submitted once complete.
    const refused = await press(writer, saved.path, 'ajukan', articleForm({ summary: '' }));
    expect(refused.status).toBe(422);
    expect((await desk.deps.drafts.draft(saved.id))?.state).toBe('draft');
    landing(await press(writer, saved.path, 'ajukan'));
    expect((await desk.deps.drafts.draft(saved.id))?.state).toBe('review');

    const list = await (await deskHome(get('/ruang-redaksi', writer), desk.deps)).text();
    expect(list).toContain(`<a href="${saved.path}">Banjir di Pekanbaru</a>`);
    expect(list).toContain(t.articleStatus.review);

    const audit = await desk.accounts.auditLog(10);
    expect(
      audit
        .filter((e) => e.target === saved.id)
        .map((e) => `${e.actorEmail} ${e.action}`)
        .sort(),
    ).toEqual(['penulis@warta.id artikel diajukan', 'penulis@warta.id artikel dibuat']);
    expect(await desk.store.articleById(saved.id, ANY_TIME)).toBeUndefined();
    expect(desk.invalidated).toEqual([]);
  });

  it('is refused a forged Terbitkan (403): nothing saved, nothing live, nothing revalidated', async () => {
    const writer = await signedIn('penulis@warta.id');
    const fresh = await press(writer, NEW, 'terbitkan');
    expect(fresh.status).toBe(403);
    expect(await fresh.text()).toContain(t.refusedRole);
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);

    const saved = landing(await press(writer, NEW, 'simpan'));
    const forged = await press(writer, saved.path, 'terbitkan', articleForm({ title: 'Ganti' }));
    expect(forged.status).toBe(403);
    expect(await desk.store.articleById(saved.id, ANY_TIME)).toBeUndefined();
    expect((await desk.deps.drafts.draft(saved.id))?.title).toBe('Banjir di Pekanbaru');
    expect(desk.invalidated).toEqual([]);
  });

  it('may not open or change another person’s draft or a published article', async () => {
    const editor = await signedIn('editor@warta.id');
    const editors = landing(await press(editor, NEW, 'simpan'));
    const published = landing(
      await press(editor, NEW, 'terbitkan', articleForm({ title: 'Lain' })),
    );
    const writer = await signedIn('penulis@warta.id');
    for (const { path } of [editors, published]) {
      expect((await articlePage(get(path, writer), desk.deps)).status).toBe(403);
      expect((await press(writer, path, 'simpan', articleForm({ title: 'Dibajak' }))).status).toBe(
        403,
      );
    }
    expect((await desk.deps.drafts.draft(editors.id))?.title).toBe('Banjir di Pekanbaru');
    expect((await desk.store.articleById(published.id, ANY_TIME))?.title).toBe('Lain');
  });
});

describe('an editor', () => {
  it('publishes a new article through the publish path: stored, revalidated, audited, draft gone', async () => {
    const editor = await signedIn('editor@warta.id');
    const done = landing(await press(editor, NEW, 'terbitkan'));
    const article = await desk.store.articleById(done.id, {
      now: desk.deps.siteNow(),
      includeDrafts: false,
    });
    expect(article).toMatchObject({
      title: 'Banjir di Pekanbaru',
      slug: 'banjir-di-pekanbaru',
      section: 'riau',
      authors: ['sari-nur'],
      status: 'published',
      file: expect.stringMatching(new RegExp(`articles/${done.id}\\.md$`)),
    });
    expect(article?.publishedAt).toEqual(desk.deps.siteNow());
    expect(article?.body).toContain('Warga mengungsi ke masjid.');
    expect(desk.invalidated).toEqual([
      [expect.objectContaining({ kind: 'article', id: done.id, before: undefined })],
    ]);
    expect(await desk.deps.drafts.draft(done.id)).toBeUndefined();
    expect((await desk.accounts.auditLog(10)).filter((e) => e.target === done.id)).toEqual([
      expect.objectContaining({
        action: 'artikel diterbitkan',
        actorEmail: 'editor@warta.id',
        detail: 'Banjir di Pekanbaru',
      }),
    ]);
    const page = await (await articlePage(get(`${done.path}?ok=terbit`, editor), desk.deps)).text();
    expect(page).toContain(a.published);
    expect(page).toContain(`href="/berita/${done.id}/banjir-di-pekanbaru"`);
  });

  it('publishes a writer’s submitted draft, and an edit of a published article replaces it', async () => {
    const writer = await signedIn('penulis@warta.id');
    const saved = landing(await press(writer, NEW, 'ajukan'));
    const editor = await signedIn('editor@warta.id');
    landing(await press(editor, saved.path, 'terbitkan'));
    expect((await desk.store.articleById(saved.id, ANY_TIME))?.title).toBe('Banjir di Pekanbaru');

    // Reworked: saved first (the live version stays), then published.
    const form = await (await articlePage(get(saved.path, editor), desk.deps)).text();
    expect(form).toContain('value="banjir-di-pekanbaru"');
    landing(await press(editor, saved.path, 'simpan', articleForm({ title: 'Banjir surut' })));
    expect((await desk.store.articleById(saved.id, ANY_TIME))?.title).toBe('Banjir di Pekanbaru');
    landing(
      await press(
        editor,
        saved.path,
        'terbitkan',
        articleForm({ title: 'Banjir surut', slug: 'banjir-di-pekanbaru' }),
      ),
    );
    const live = await desk.store.articleById(saved.id, ANY_TIME);
    expect(live).toMatchObject({ title: 'Banjir surut', slug: 'banjir-di-pekanbaru' });
    expect(desk.invalidated).toHaveLength(2);
  });

  it('invalid input: 422, each problem beside its field in content:check’s words, what was typed kept, nothing live', async () => {
    const editor = await signedIn('editor@warta.id');
    const response = await press(
      editor,
      NEW,
      'terbitkan',
      articleForm({ title: '', 'image.alt': '', sources: 'Kominfo | bukan-url', summary: 'Tetap' }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    const m = strings.content;
    // The headline, its alt text, a source's URL; and the slug, made from the missing headline.
    expect(html).toContain(a.notPublished(4));
    expect(html).toMatch(/id="f-title-masalah"><li>wajib diisi<\/li>/);
    expect(html).toMatch(/id="f-slug-masalah"><li>wajib diisi<\/li>/);
    expect(html).toMatch(/id="f-image-alt-masalah"><li>wajib diisi<\/li>/);
    expect(html).toContain(`sources[0].url: ${m.httpUrl}`);
    expect(html).toContain('rows="3">Tetap</textarea>');
    expect(html).toContain('Kominfo | bukan-url</textarea>');
    expect(desk.invalidated).toEqual([]);
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
  });

  it('what only the ingest can check (a missing image, an unknown author) is refused the same way', async () => {
    const editor = await signedIn('editor@warta.id');
    const response = await press(
      editor,
      NEW,
      'terbitkan',
      articleForm({ 'image.src': '/images/tidak-ada.jpg', 'authors.hantu': '1' }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="f-image-src-masalah"><li>berkas gambar .*tidak-ada\.jpg tidak ada/);
    expect(html).toContain(
      `authors[1]: ${strings.content.unknownAuthor('hantu').replaceAll('"', '&quot;')}`,
    );
    expect(desk.invalidated).toEqual([]);
  });
});

describe('the editor’s guards and escaping', () => {
  it('refuses a form from another site (403) and a form without the session’s token', async () => {
    const editor = await signedIn('editor@warta.id');
    const crossSite = await press(editor, NEW, 'terbitkan', articleForm(), {
      'sec-fetch-site': 'cross-site',
      origin: 'https://jahat.example',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain(t.refusedOrigin);
    const noToken = await articleSubmit(
      post(NEW, { cookie: editor.cookie, form: { aksi: 'terbitkan', ...articleForm() } }),
      desk.deps,
    );
    expect(noToken.status).toBe(403);
    const otherOrigin = await press(editor, NEW, 'simpan', articleForm(), {
      origin: 'https://jahat.example',
    });
    expect(otherOrigin.status).toBe(403);
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
    expect(desk.invalidated).toEqual([]);
  });

  it('escapes a hostile headline and body in the editor and the list', async () => {
    const writer = await signedIn('penulis@warta.id');
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const saved = landing(
      await press(writer, NEW, 'simpan', articleForm({ title: hostile, body: hostile })),
    );
    for (const response of [
      await articlePage(get(saved.path, writer), desk.deps),
      await deskHome(get('/ruang-redaksi', writer), desk.deps),
    ]) {
      const html = await response.text();
      expect(withoutDeskScript(html)).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;');
    }
  });

  it('answers 404 for an unknown article', async () => {
    const editor = await signedIn('editor@warta.id');
    expect(
      (await articlePage(get('/ruang-redaksi/artikel/tidak-ada', editor), desk.deps)).status,
    ).toBe(404);
    expect((await press(editor, '/ruang-redaksi/artikel/tidak-ada', 'simpan')).status).toBe(404);
  });
});
