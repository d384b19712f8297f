import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import { articleSubmit, bodyPreviewSubmit, formPreviewSubmit, newArticlePage } from './handlers';
import { deskForEachTest, expectPrivate, get, NEW_ARTICLE, post, TEST_IMAGE } from './test-support';

/**
 * The body editor's live preview through the real handler: checked like every press, rendered
 * by the article page's pipeline and sanitiser; and the editor's suggestions for tags and
 * related articles, picked without JavaScript.
 */

const { desk, signedIn } = deskForEachTest();
const PREVIEW = '/ruang-redaksi/pratinjau/isi';

async function preview(form: Record<string, string>, cookie?: string) {
  return bodyPreviewSubmit(post(PREVIEW, { cookie, form }), desk.deps);
}

describe('the body preview', () => {
  it('renders the body as the article page does: Markdown, dateline, sanitised, private', async () => {
    const writer = await signedIn('penulis@warta.id');
    const response = await preview(
      {
        csrf: writer.csrf,
        dateline: 'PEKANBARU, RIAU24.COM',
        body: 'Air **naik** di _tiga_ kecamatan.\r\n\r\n## Latar\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))',
      },
      writer.cookie,
    );
    expect(response.status).toBe(200);
    expectPrivate(response);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<p><span class="dateline">PEKANBARU, RIAU24.COM - </span>Air');
    expect(html).toContain('<strong>naik</strong>');
    expect(html).toContain('<em>tiga</em>');
    expect(html).toContain('<h2>Latar</h2>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('links a read-also block to a live article only, as a reader would see it now', async () => {
    const writer = await signedIn('penulis@warta.id');
    const html = await (
      await preview(
        {
          csrf: writer.csrf,
          body: 'Satu.\n\n::baca-juga{id=a1a1a1a1}\n\n::baca-juga{id=a2a2a2a2}\n\n::baca-juga{id=a3a3a3a3}',
        },
        writer.cookie,
      )
    ).text();
    expect(html).toMatch(/<aside class="read-also"[^>]*>.*href="\/berita\/a1a1a1a1\//s);
    expect(html.match(/<aside/g)).toHaveLength(1);
    // The live headline is text, its markup escaped.
    expect(html).toContain('Banjir &#x3C;b>Pekanbaru&#x3C;/b>');
  });

  it('renders the project’s embeds and galleries as their figures', async () => {
    const writer = await signedIn('penulis@warta.id');
    const html = await (
      await preview(
        {
          csrf: writer.csrf,
          body: `::embed{url="https://www.youtube.com/watch?v=aBcDeFgHiJk" title="Rekaman"}\n\n:::galeri{title="Suasana"}\n::foto{src="${TEST_IMAGE}" alt="Tenda"}\n:::`,
        },
        writer.cookie,
      )
    ).text();
    expect(html).toContain('data-embed="youtube"');
    expect(html).toContain('data-embed-id="aBcDeFgHiJk"');
    expect(html).toMatch(/<figure class="gallery"/);
    expect(html).toContain('alt="Tenda"');
  });

  it('is refused signed out (401), without the form token (403), from another site (403)', async () => {
    const writer = await signedIn('penulis@warta.id');
    expect((await preview({ body: 'x' })).status).toBe(401);
    expect((await preview({ body: 'x' }, writer.cookie)).status).toBe(403);
    const foreign = await bodyPreviewSubmit(
      post(PREVIEW, {
        cookie: writer.cookie,
        form: { csrf: writer.csrf, body: 'x' },
        headers: { origin: 'https://jahat.example', 'sec-fetch-site': 'cross-site' },
      }),
      desk.deps,
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).not.toContain('x</p>');
  });
});

describe('the editor’s suggestions', () => {
  it('offers the store’s tags and newest articles in datalists under their fields', async () => {
    const editor = await signedIn('editor@warta.id');
    const html = await (
      await newArticlePage(get(NEW_ARTICLE, { cookie: editor.cookie }), desk.deps)
    ).text();
    expect(html).toMatch(
      /<input id="f-tags-tambah" list="f-tags-tambah-saran"[^>]*name="tags.tambah"\/><datalist id="f-tags-tambah-saran"><option value="Banjir"><\/option><\/datalist>/,
    );
    expect(html).toContain('<label for="f-tags-tambah">Tambah tag</label>');
    expect(html).toContain('<label for="f-related-tambah">Tambah artikel terkait</label>');
    for (const id of ['a1a1a1a1', 'a2a2a2a2', 'a3a3a3a3'])
      expect(html).toMatch(
        new RegExp(`<datalist id="f-related-tambah-saran">.*<option value="${id}" label="`),
      );
  });

  it('adds what was picked to the list when the form is sent, without JavaScript', async () => {
    const editor = await signedIn('editor@warta.id');
    const response = await articleSubmit(
      post(NEW_ARTICLE, {
        cookie: editor.cookie,
        form: {
          csrf: editor.csrf,
          aksi: 'simpan',
          title: 'Banjir susulan',
          tags: 'Cuaca',
          'tags.tambah': 'Banjir',
          related: '',
          'related.tambah': 'a1a1a1a1',
          body: 'Isi.',
        },
      }),
      desk.deps,
    );
    expect(response.status).toBe(303);
    const [draft] = await desk.deps.drafts.drafts(10);
    expect(draft?.fields.tags).toBe('Cuaca\nBanjir');
    expect(draft?.fields.related).toBe('a1a1a1a1');
  });
});

describe('Pratinjau artikel: the form as its page would look', () => {
  const typed = {
    title: 'Banjir susulan',
    summary: 'Air naik lagi.',
    section: 'riau',
    'authors.sari-nur': '1',
    dateline: 'PEKANBARU, RIAU24.COM',
    'image.src': TEST_IMAGE,
    'image.alt': 'Jalan tergenang',
    'image.credit': 'Warta',
    body: 'Air **naik** lagi.\n\n::baca-juga{id=a1a1a1a1}',
  };

  it('renders the article made from the form, as typed and unsaved, through the page renderer', async () => {
    const writer = await signedIn('penulis@warta.id');
    const rendered: Article[] = [];
    desk.deps.previewPage = async (article) => {
      rendered.push(article);
      return new Response('halaman', { headers: { 'cache-control': 'private, no-store' } });
    };
    const response = await formPreviewSubmit(
      post('/ruang-redaksi/pratinjau?id=a2a2a2a2', {
        cookie: writer.cookie,
        form: { csrf: writer.csrf, aksi: 'pratinjau', ...typed },
      }),
      desk.deps,
    );
    expect(await response.text()).toBe('halaman');
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).toMatchObject({
      id: 'a2a2a2a2',
      title: 'Banjir susulan',
      section: 'riau',
      authors: ['sari-nur'],
      // As the ingest keeps a file's body: after the frontmatter's blank line.
      body: '\nAir **naik** lagi.\n\n::baca-juga{id=a1a1a1a1}\n',
    });
    // Nothing was saved: no draft, no revision.
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
    expect(await desk.deps.revisions.revisions('a2a2a2a2', 5)).toEqual([]);
  });

  it('answers the problems instead while the form could not be published (422)', async () => {
    const writer = await signedIn('penulis@warta.id');
    desk.deps.previewPage = async () => new Response('halaman');
    const response = await formPreviewSubmit(
      post('/ruang-redaksi/pratinjau', {
        cookie: writer.cookie,
        form: { csrf: writer.csrf, ...typed, section: 'tidak-ada', title: '' },
      }),
      desk.deps,
    );
    expect(response.status).toBe(422);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toContain('Pratinjau belum bisa ditampilkan');
    expect(html).toMatch(/<li>title: /);
  });

  it('is refused signed out and without the form token', async () => {
    const writer = await signedIn('penulis@warta.id');
    const out = await formPreviewSubmit(
      post('/ruang-redaksi/pratinjau', { form: typed }),
      desk.deps,
    );
    expect(out.status).toBe(303);
    const tokenless = await formPreviewSubmit(
      post('/ruang-redaksi/pratinjau', { cookie: writer.cookie, form: typed }),
      desk.deps,
    );
    expect(tokenless.status).toBe(403);
  });
});
