import { describe, expect, it } from 'vitest';
import { formatDateTimeWib } from '../dates';
import { strings } from '../strings';
import {
  articlePage,
  articleSubmit,
  PRESENCE_MINUTES,
  revisionsPage,
  revisionsSubmit,
} from './handlers';
import {
  deskForEachTest,
  expectPrivate,
  get,
  post,
  withoutDeskScript,
  articleForm,
  NEW_ARTICLE,
  ANY_TIME,
  type DeskSession,
} from './test-support';

/**
 * Revisions and edit conflicts through the real handlers: every press is a revision; two people
 * on one article, the second save refused (409) with both versions shown and nothing lost; the
 * revisions page, its diff and restoring; who else has the article open.
 */

const t = strings.desk;
const a = t.article;
const r = t.revisions;
const { desk, signedIn } = deskForEachTest();

const NEW = NEW_ARTICLE;
type Session = DeskSession;

/** A press of a button with the form's own fields, `basis` included when the form had one. */
function press(who: Session, path: string, aksi: string, form: Record<string, string>) {
  return articleSubmit(
    post(path, { cookie: who.cookie, form: { csrf: who.csrf, aksi, ...form } }),
    desk.deps,
  );
}

/** The base revision a rendered editor carries. */
function basisIn(html: string): string {
  const match = /name="basis" value="(\d+)"/.exec(html);
  expect(match, 'the form carries its base revision').not.toBeNull();
  return match![1]!;
}

/** Opens an article's editor: the page's HTML and the base revision it carries. */
async function open(who: Session, path: string): Promise<{ html: string; basis: string }> {
  const response = await articlePage(get(path, who), desk.deps);
  expect(response.status).toBe(200);
  const html = await response.text();
  return { html, basis: basisIn(html) };
}

/** A new article saved by `who`: its path and id. */
async function created(who: Session, form = articleForm()): Promise<{ path: string; id: string }> {
  const response = await press(who, NEW, 'simpan', form);
  expect(response.status).toBe(303);
  const path = (response.headers.get('location') ?? '').split('?')[0]!;
  return { path, id: path.split('/').pop()! };
}

const unescape = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');

describe('revisions', () => {
  it('every save, submission and publication is a revision: who, when, what, the fields as kept', async () => {
    const writer = await signedIn('penulis@warta.id');
    const article = await created(writer);
    desk.advance(2);
    const { basis } = await open(writer, article.path);
    expect(basis).toBe('1');
    const submitted = await press(writer, article.path, 'ajukan', { ...articleForm(), basis });
    expect(submitted.status).toBe(303);

    const editor = await signedIn('editor@warta.id');
    desk.advance(3);
    const opened = await open(editor, article.path);
    const published = await press(editor, article.path, 'terbitkan', {
      ...articleForm({ title: 'Banjir surut' }),
      basis: opened.basis,
    });
    expect(published.status).toBe(303);

    const listed = await desk.deps.revisions.revisions(article.id, 10);
    expect(listed.map((rev) => [rev.number, rev.action])).toEqual([
      [3, 'published'],
      [2, 'submitted'],
      [1, 'saved'],
    ]);
    const users = new Map((await desk.accounts.users()).map((u) => [u.id, u.email]));
    expect(listed.map((rev) => users.get(rev.authorId))).toEqual([
      'editor@warta.id',
      'penulis@warta.id',
      'penulis@warta.id',
    ]);
    expect(listed[0]!.at.getTime() - listed[2]!.at.getTime()).toBe(5 * 60_000);
    expect((await desk.deps.revisions.revision(article.id, 3))?.fields).toMatchObject({
      title: 'Banjir surut',
      body: 'Hujan deras sejak pagi.\n\nWarga mengungsi ke masjid.',
    });
  });

  it('a publication the ingest refuses is no revision', async () => {
    const editor = await signedIn('editor@warta.id');
    const article = await created(editor);
    const { basis } = await open(editor, article.path);
    const refused = await press(editor, article.path, 'terbitkan', {
      ...articleForm({ 'image.src': '/images/tidak-ada.jpg' }),
      basis,
    });
    expect(refused.status).toBe(422);
    expect(basisIn(await refused.text())).toBe('1');
    expect((await desk.deps.revisions.latestRevision(article.id))?.number).toBe(1);
    expect(await desk.store.articleById(article.id, ANY_TIME)).toBeUndefined();
  });
});

describe('two people editing one article', () => {
  it('the second save is refused (409) with both versions and the typed text kept; a second press saves it; both texts are revisions', async () => {
    const editor = await signedIn('editor@warta.id');
    const admin = await signedIn('admin@warta.id');
    const article = await created(editor);

    // Both open it on revision 1.
    const theirs = await open(editor, article.path);
    const mine = await open(admin, article.path);
    expect([theirs.basis, mine.basis]).toEqual(['1', '1']);

    // The editor saves first.
    desk.advance(1);
    const first = await press(editor, article.path, 'simpan', {
      ...articleForm({ body: 'Hujan deras sejak pagi.\n\nVersi editor: air mulai surut.' }),
      basis: theirs.basis,
    });
    expect(first.status).toBe(303);

    // The admin's save on revision 1 is refused; what they typed is in the answer.
    const typed = 'Hujan deras sejak pagi.\n\nVersi admin: <b>warga</b> kembali ke rumah.';
    const refused = await press(admin, article.path, 'simpan', {
      ...articleForm({ title: 'Judul admin', body: typed }),
      basis: mine.basis,
    });
    expect(refused.status).toBe(409);
    expectPrivate(refused);
    const html = await refused.text();
    expect(html).toContain(a.conflict);
    // Theirs: who saved it, and when; the diff from theirs to mine; their text to copy.
    expect(html).toContain(a.theirsHeading);
    expect(unescape(html)).toContain(
      a.theirsBy(2, r.actions.saved, 'editor', formatDateTimeWib(desk.deps.now())),
    );
    expect(html).toMatch(/<del[^>]*>− Versi editor: air mulai surut\.<\/del>/);
    expect(html).toMatch(
      /<ins[^>]*>\+ Versi admin: &lt;b&gt;warga&lt;\/b&gt; kembali ke rumah\.<\/ins>/,
    );
    expect(html).toMatch(/<ins[^>]*>\+ Judul: Judul admin<\/ins>/);
    // Mine: still in the form, now based on the newest revision.
    expect(html).toContain('value="Judul admin"');
    expect(html).toContain('Versi admin: &lt;b&gt;warga&lt;/b&gt; kembali ke rumah.</textarea>');
    expect(basisIn(html)).toBe('2');
    expect(withoutDeskScript(html)).not.toContain('<script');

    // Nothing of the admin's was kept yet: the draft is the editor's.
    expect((await desk.deps.drafts.draft(article.id))?.fields.body).toContain('Versi editor');
    expect((await desk.deps.revisions.latestRevision(article.id))?.number).toBe(2);

    // A second press, on the new base, saves the admin's text deliberately.
    const second = await press(admin, article.path, 'simpan', {
      ...articleForm({ title: 'Judul admin', body: typed }),
      basis: basisIn(html),
    });
    expect(second.status).toBe(303);
    const draft = await desk.deps.drafts.draft(article.id);
    expect(draft?.fields.body).toBe(typed);
    expect(draft?.title).toBe('Judul admin');

    // Both texts are revisions: nobody's work is lost.
    const two = await desk.deps.revisions.revision(article.id, 2);
    const three = await desk.deps.revisions.revision(article.id, 3);
    expect(two?.fields.body).toContain('Versi editor: air mulai surut.');
    expect(three?.fields.body).toBe(typed);
    const users = new Map((await desk.accounts.users()).map((u) => [u.id, u.email]));
    expect([users.get(two!.authorId), users.get(three!.authorId)]).toEqual([
      'editor@warta.id',
      'admin@warta.id',
    ]);
  });

  it('two presses on the same base at the same moment: one is saved, the other refused (409)', async () => {
    const editor = await signedIn('editor@warta.id');
    const admin = await signedIn('admin@warta.id');
    const article = await created(editor);
    const [mine, theirs] = await Promise.all([
      open(editor, article.path),
      open(admin, article.path),
    ]);
    const responses = await Promise.all([
      press(editor, article.path, 'simpan', {
        ...articleForm({ body: 'Versi editor.' }),
        basis: mine.basis,
      }),
      press(admin, article.path, 'simpan', {
        ...articleForm({ body: 'Versi admin.' }),
        basis: theirs.basis,
      }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([303, 409]);
    const refused = responses.find((response) => response.status === 409)!;
    const kept = await desk.deps.revisions.latestRevision(article.id);
    expect(kept?.number).toBe(2);
    // The refused one's text is in its answer; the saved one is the draft and revision 2.
    const lost = kept?.fields.body === 'Versi editor.' ? 'Versi admin.' : 'Versi editor.';
    expect(await refused.text()).toContain(`${lost}</textarea>`);
    expect((await desk.deps.drafts.draft(article.id))?.fields.body).toBe(kept?.fields.body);
  });

  it('a stale Terbitkan is refused too: nothing published, nothing revalidated', async () => {
    const editor = await signedIn('editor@warta.id');
    const admin = await signedIn('admin@warta.id');
    const article = await created(editor);
    const stale = await open(admin, article.path);
    const fresh = await open(editor, article.path);
    expect(
      (
        await press(editor, article.path, 'simpan', {
          ...articleForm({ title: 'Baru' }),
          basis: fresh.basis,
        })
      ).status,
    ).toBe(303);
    const refused = await press(admin, article.path, 'terbitkan', {
      ...articleForm({ title: 'Basi' }),
      basis: stale.basis,
    });
    expect(refused.status).toBe(409);
    expect(await desk.store.articleById(article.id, ANY_TIME)).toBeUndefined();
    expect(desk.invalidated).toEqual([]);
    expect((await desk.deps.drafts.draft(article.id))?.title).toBe('Baru');
  });

  it('a form without its base (or a forged one) is refused, never saved over the newest', async () => {
    const editor = await signedIn('editor@warta.id');
    const article = await created(editor);
    for (const basis of [undefined, 'x', '0', '7']) {
      const form = articleForm({ title: 'Tanpa basis' });
      const response = await press(
        editor,
        article.path,
        'simpan',
        basis ? { ...form, basis } : form,
      );
      expect(response.status).toBe(409);
    }
    expect((await desk.deps.drafts.draft(article.id))?.title).toBe('Banjir di Pekanbaru');
    expect((await desk.deps.revisions.latestRevision(article.id))?.number).toBe(1);
  });
});

describe('the revisions page', () => {
  async function threeRevisions() {
    const editor = await signedIn('editor@warta.id');
    const article = await created(editor, articleForm({ body: 'Satu.\n\nDua.' }));
    for (const body of ['Satu.\n\nDua <script>x</script>.', 'Satu.\n\nTiga.']) {
      desk.advance(1);
      const { basis } = await open(editor, article.path);
      expect(
        (await press(editor, article.path, 'simpan', { ...articleForm({ body }), basis })).status,
      ).toBe(303);
    }
    return { editor, article, revisions: `${article.path}/revisi` };
  }

  it('lists every revision (who, when, what) and shows the diff of any two, escaped', async () => {
    const { editor, article, revisions } = await threeRevisions();
    const editorPage = await open(editor, article.path);
    expect(editorPage.html).toContain(`href="${revisions}">${a.revisionsLink}</a>`);

    const page = await revisionsPage(get(revisions, editor), desk.deps);
    expect(page.status).toBe(200);
    expectPrivate(page);
    const html = await page.text();
    for (const n of [1, 2, 3]) expect(html).toContain(`<td>${r.number(n)}</td>`);
    expect(html).toContain('<td>editor</td>');
    expect(html).toContain(`<td>${r.actions.saved}</td>`);
    expect(html).toContain('dateTime="2026-01-05T03:02:00.000Z"');

    const diff = await (
      await revisionsPage(get(`${revisions}?dari=2&ke=3`, editor), desk.deps)
    ).text();
    expect(diff).toContain(r.diffHeading(2, 3));
    expect(diff).toMatch(/<del[^>]*>− Dua &lt;script&gt;x&lt;\/script&gt;\.<\/del>/);
    expect(diff).toMatch(/<ins[^>]*>\+ Tiga\.<\/ins>/);
    expect(diff).toContain('<span>  Satu.</span>');
    expect(diff).not.toContain('<script');

    const same = await (
      await revisionsPage(get(`${revisions}?dari=3&ke=3`, editor), desk.deps)
    ).text();
    expect(same).toContain(r.same);
    expect((await revisionsPage(get(`${revisions}?dari=1&ke=9`, editor), desk.deps)).status).toBe(
      404,
    );
  });

  it('restores a revision as a new draft revision, audited, never published', async () => {
    const { editor, article, revisions } = await threeRevisions();
    // Published first: the live version must stay until published again.
    const { basis } = await open(editor, article.path);
    expect(
      (
        await press(editor, article.path, 'terbitkan', {
          ...articleForm({ body: 'Satu.\n\nTiga.' }),
          basis,
        })
      ).status,
    ).toBe(303);
    desk.invalidated.length = 0;
    desk.advance(1);

    const restored = await revisionsSubmit(
      post(revisions, {
        cookie: editor.cookie,
        form: { csrf: editor.csrf, pulihkan: '1', basis: '4' },
      }),
      desk.deps,
    );
    expect(restored.status).toBe(303);
    expect(restored.headers.get('location')).toBe(`${article.path}?ok=dipulihkan&revisi=1`);
    const newest = await desk.deps.revisions.latestRevision(article.id);
    expect(newest).toMatchObject({ number: 5, action: 'restored', restoredFrom: 1 });
    expect(newest?.fields.body).toBe('Satu.\n\nDua.');
    const draft = await desk.deps.drafts.draft(article.id);
    expect(draft).toMatchObject({ state: 'draft' });
    expect(draft?.fields.body).toBe('Satu.\n\nDua.');
    expect((await desk.store.articleById(article.id, ANY_TIME))?.body).toContain('Tiga.');
    expect(desk.invalidated).toEqual([]);
    expect(
      (await desk.accounts.auditLog(10)).filter((e) => e.target === article.id)[0],
    ).toMatchObject({
      action: 'artikel dipulihkan',
      actorEmail: 'editor@warta.id',
      target: article.id,
      detail: `${r.restoredDetail(1)} Banjir di Pekanbaru`,
    });

    const reopened = await open(editor, `${article.path}?ok=dipulihkan&revisi=1`);
    expect(reopened.html).toContain(r.restored(1));
    expect(reopened.basis).toBe('5');
    expect(reopened.html).toContain('Dua.</textarea>');
    const list = await (await revisionsPage(get(revisions, editor), desk.deps)).text();
    expect(list).toContain(`${r.actions.restored} (${r.restoredFrom(1)})`);

    // A restore on a stale page, or of no such revision, changes nothing.
    for (const [pulihkan, basis, status] of [
      ['2', '4', 409],
      ['9', '5', 404],
    ] as const) {
      const response = await revisionsSubmit(
        post(revisions, { cookie: editor.cookie, form: { csrf: editor.csrf, pulihkan, basis } }),
        desk.deps,
      );
      expect(response.status).toBe(status);
    }
    expect((await desk.deps.revisions.latestRevision(article.id))?.number).toBe(5);
  });

  it('a writer sees and restores their own draft’s revisions, not another’s; a forged form is refused', async () => {
    const writer = await signedIn('penulis@warta.id');
    const own = await created(writer, articleForm({ title: 'Milik penulis' }));
    const { basis } = await open(writer, own.path);
    await press(writer, own.path, 'simpan', { ...articleForm({ title: 'Diubah' }), basis });
    const restored = await revisionsSubmit(
      post(`${own.path}/revisi`, {
        cookie: writer.cookie,
        form: { csrf: writer.csrf, pulihkan: '1', basis: '2' },
      }),
      desk.deps,
    );
    expect(restored.status).toBe(303);
    expect((await desk.deps.drafts.draft(own.id))?.title).toBe('Milik penulis');

    const editor = await signedIn('editor@warta.id');
    const theirs = await created(editor);
    const path = `${theirs.path}/revisi`;
    expect((await revisionsPage(get(path, writer), desk.deps)).status).toBe(403);
    const forged = await revisionsSubmit(
      post(path, { cookie: writer.cookie, form: { csrf: writer.csrf, pulihkan: '1', basis: '1' } }),
      desk.deps,
    );
    expect(forged.status).toBe(403);
    const noToken = await revisionsSubmit(
      post(path, { cookie: editor.cookie, form: { pulihkan: '1', basis: '1' } }),
      desk.deps,
    );
    expect(noToken.status).toBe(403);
    const signedOut = await revisionsPage(get(path), desk.deps);
    expect(signedOut.status).toBe(303);
    expect((await desk.deps.revisions.latestRevision(theirs.id))?.number).toBe(1);
    expect(
      (await revisionsPage(get('/ruang-redaksi/artikel/tidak-ada/revisi', editor), desk.deps))
        .status,
    ).toBe(404);
  });
});

describe('who else has the article open', () => {
  it('shows the others seen on its editor in the last minutes, never oneself', async () => {
    const editor = await signedIn('editor@warta.id');
    const admin = await signedIn('admin@warta.id');
    const article = await created(editor);

    const alone = await open(editor, article.path);
    expect(alone.html).not.toContain('Juga dibuka oleh');

    desk.advance(2);
    const adminView = await open(admin, article.path);
    expect(adminView.html).toContain(a.alsoOpen(a.seenAgo('editor', 2)));

    const editorView = await open(editor, article.path);
    expect(editorView.html).toContain(a.alsoOpen(a.seenAgo('admin', 0)));

    // Gone once not seen for PRESENCE_MINUTES.
    desk.advance(PRESENCE_MINUTES + 1);
    expect((await open(editor, article.path)).html).not.toContain('Juga dibuka oleh');
    // The page has no script.
    expect(withoutDeskScript(editorView.html)).not.toContain('<script');
  });
});
