import { describe, expect, it } from 'vitest';
import { enginesFor } from '../store/test-support/engines';
import { strings } from '../strings';
import { articleSubmit, deskHome } from './handlers';
import { PER_PAGE } from './list';
import { deskForEachTest, get, post, TEST_IMAGE } from './test-support';

/**
 * The article list's filters through the real handler on both engines: status, section, author,
 * the search's words and pages, as GET parameters; a writer sees others' drafts nowhere.
 */

const t = strings.desk;

/** The headlines of a list page, in order. */
async function headlines(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  const html = await response.text();
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr><td>(?:<a href="[^"]*">)?([^<]*)/g)].map((m) => m[1]!);
}

describe.each(enginesFor('desk_list'))('the desk list on $name', ({ open }) => {
  const { desk, signedIn } = deskForEachTest(() => open());

  /** Saves a desk draft as `who` (a new article), with its own headline, section and author. */
  async function draft(
    who: { cookie: string; csrf: string },
    title: string,
    extra: Record<string, string> = {},
  ) {
    const response = await articleSubmit(
      post('/ruang-redaksi/artikel/baru', {
        cookie: who.cookie,
        form: {
          csrf: who.csrf,
          aksi: 'simpan',
          basis: '0',
          title,
          section: 'riau',
          'authors.sari-nur': '1',
          'image.src': TEST_IMAGE,
          body: `Isi ${title}.`,
          ...extra,
        },
      }),
      desk.deps,
    );
    expect(response.status).toBe(303);
  }

  const list = async (who: { cookie: string }, query = '') =>
    headlines(await deskHome(get(`/ruang-redaksi${query}`, who), desk.deps));

  it('lists drafts first, then every stored article newest first, with the filter form', async () => {
    const editor = await signedIn('editor@warta.id');
    await draft(editor, 'Draf meja redaksi');
    expect(await list(editor)).toEqual([
      'Draf meja redaksi',
      'Pelantikan',
      'Draf anggaran',
      'Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;',
    ]);
    const html = await (await deskHome(get('/ruang-redaksi', editor), desk.deps)).text();
    expect(html).toMatch(/<form[^>]*action="\/ruang-redaksi"[^>]*>/);
    expect(/<form[^>]*action="\/ruang-redaksi"[^>]*>/.exec(html)![0]).toContain('method="get"');
    for (const name of ['q', 'status', 'rubrik', 'penulis'])
      expect(html).toContain(`name="${name}"`);
    expect(html).not.toContain('<script');
  });

  it('filters by status, section, author and words, as GET parameters', async () => {
    const editor = await signedIn('editor@warta.id');
    await draft(editor, 'Draf meja redaksi');
    desk.advance(1);
    await draft(editor, 'Ajuan banjir');
    const submitted = (await desk.deps.drafts.drafts(1))[0]!;
    await desk.deps.drafts.putDraft({ ...submitted, state: 'review' });
    expect(await list(editor)).toEqual(expect.arrayContaining(['Ajuan banjir']));
    expect(await list(editor, '?status=draf')).toEqual(['Draf meja redaksi', 'Draf anggaran']);
    expect(await list(editor, '?status=diajukan')).toEqual(['Ajuan banjir']);
    expect(await list(editor, '?status=terjadwal')).toEqual(['Pelantikan']);
    expect(await list(editor, '?status=terbit')).toEqual(['Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;']);
    expect(await list(editor, '?status=ditarik')).toEqual([]);
    expect(await list(editor, '?rubrik=nasional')).toEqual(['Draf anggaran']);
    expect(await list(editor, '?penulis=budi-santoso')).toEqual(['Pelantikan']);
    expect(await list(editor, '?q=banjir')).toEqual([
      'Ajuan banjir',
      'Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;',
    ]);
    expect(await list(editor, '?q=banjir&rubrik=nasional')).toEqual([]);
    // Unknown values are no filter; the form shows what was chosen.
    expect(await list(editor, '?status=apa&halaman=-3')).toHaveLength(5);
    const html = await (
      await deskHome(get('/ruang-redaksi?status=terjadwal&q=lantik', editor), desk.deps)
    ).text();
    expect(html).toMatch(/<option value="terjadwal" selected="">/);
    expect(html).toContain('value="lantik"');
    expect(await list(editor, '?q=tidakadasamasekali')).toEqual([]);
  });

  it('lists a newer version of a stored article in review under Diajukan, on the store’s row', async () => {
    const editor = await signedIn('editor@warta.id');
    const now = desk.deps.now();
    await desk.deps.drafts.putDraft({
      id: 'a1a1a1a1',
      title: 'Banjir versi baru',
      fields: { title: 'Banjir versi baru', section: 'riau' },
      state: 'review',
      ownerId: 'x',
      createdAt: now,
      updatedAt: now,
      updatedBy: 'x',
    });
    expect(await list(editor, '?status=diajukan')).toEqual(['Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;']);
    const html = await (await deskHome(get('/ruang-redaksi', editor), desk.deps)).text();
    // Listed once, as the store holds it, with the version waiting beside its status.
    expect(html.match(/Banjir &lt;b&gt;Pekanbaru/g)).toHaveLength(1);
    expect(html).toContain(t.pendingVersion(t.articleStatus.review));
  });

  it('a writer sees the stored articles and their own drafts, never another person’s', async () => {
    const editor = await signedIn('editor@warta.id');
    const writer = await signedIn('penulis@warta.id');
    await draft(editor, 'Draf sang editor');
    await draft(writer, 'Draf sang penulis');
    expect(await list(writer)).toEqual([
      'Draf sang penulis',
      'Pelantikan',
      'Draf anggaran',
      'Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;',
    ]);
    expect(await list(writer, '?q=editor')).toEqual([]);
    expect(await list(writer, '?status=draf')).toEqual(['Draf sang penulis', 'Draf anggaran']);
    // Only their own draft is a link: a stored article is an editor's to change.
    const html = await (await deskHome(get('/ruang-redaksi', writer), desk.deps)).text();
    expect(html.match(/<a href="\/ruang-redaksi\/artikel\//g)).toHaveLength(1);
    expect(await list(editor)).toEqual(expect.arrayContaining(['Draf sang penulis']));
  });

  it(`pages the list ${PER_PAGE} a page with ?halaman=, drafts then stored articles across pages`, async () => {
    const editor = await signedIn('editor@warta.id');
    const now = desk.deps.now();
    for (let i = 0; i < PER_PAGE - 1; i++) {
      await desk.deps.drafts.putDraft({
        id: `d${String(i).padStart(7, '0')}`,
        title: `Draf ${i}`,
        fields: { title: `Draf ${i}`, section: 'riau' },
        state: 'draft',
        ownerId: 'x',
        createdAt: now,
        updatedAt: new Date(now.getTime() - i * 1000),
        updatedBy: 'x',
      });
    }
    const first = await deskHome(get('/ruang-redaksi', editor), desk.deps);
    const firstHtml = await first.clone().text();
    const firstPage = await headlines(first);
    expect(firstPage).toHaveLength(PER_PAGE);
    expect(firstPage.at(-2)).toBe(`Draf ${PER_PAGE - 2}`);
    expect(firstPage.at(-1)).toBe('Pelantikan');
    expect(firstHtml).toContain('href="/ruang-redaksi?halaman=2"');
    expect(await list(editor, '?halaman=2')).toEqual([
      'Draf anggaran',
      'Banjir &lt;b&gt;Pekanbaru&lt;/b&gt;',
    ]);
    expect(await list(editor, '?halaman=3')).toEqual([]);
    const filtered = await (
      await deskHome(get('/ruang-redaksi?status=draf&halaman=2', editor), desk.deps)
    ).text();
    expect(filtered).toContain('href="/ruang-redaksi?status=draf"');
    expect(filtered).toContain(t.list.page(2));
  });
});
