import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError, formatIssue } from './errors';
import { loadCorpus } from './load';
import { displayPath } from './paths';
import { renderBodyHtml } from './render-body';
import type { Corpus } from './types';

const bodyHtml = (corpus: Corpus, id: string) => {
  const article = corpus.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return renderBodyHtml(article, async (target) => {
    const found = corpus.articles.find((a) => a.id === target);
    return found && { title: found.title, url: `/berita/${found.id}/${found.slug}` };
  });
};
import { articleFile, secondArticle, validArticle, writeCorpus } from './test-support/temp-corpus';

/** Every reported problem as "file: field: message", with the temp root shown as <root>. */
async function problems(root: string): Promise<string[]> {
  try {
    await loadCorpus(root);
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    const shown = displayPath(root);
    return error.issues.map((issue) => formatIssue(issue).replace(shown, '<root>'));
  }
  return [];
}

describe('the real corpus', () => {
  it('loads and validates', async () => {
    const corpus = await loadCorpus(path.resolve('content'));
    expect(corpus.articles.length).toBeGreaterThanOrEqual(16);
    expect(new Set(corpus.articles.map((a) => a.section)).size).toBeGreaterThanOrEqual(4);
    expect(corpus.authors.length).toBeGreaterThanOrEqual(3);
    const seed = corpus.articles.find((a) => a.id === '9c6a2a35');
    expect(seed?.dateline).toBe('RIAU24.COM');
    expect(seed?.publishedAt.toISOString()).toBe('2024-12-23T07:30:00.000Z');
    expect(seed?.sources.map((s) => s.name)).toEqual(['CBS News', 'The Moscow Times']);
    const seedHtml = await bodyHtml(corpus, '9c6a2a35');
    expect(seedHtml).not.toContain('">Rusia');
    expect(seedHtml).toMatch(/<aside class="read-also"[^>]*>.*href="\/berita\/b7e41f09\//);
    expect(corpus.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining([
        'redaksi',
        'tentang-kami',
        'pedoman-media-siber',
        'kontak',
        'kebijakan-privasi',
      ]),
    );
  });
});

describe('a valid fixture corpus', () => {
  it('loads with derived fields', async () => {
    const corpus = await loadCorpus(await writeCorpus());
    const [article] = corpus.articles;
    expect(article?.tags).toEqual([
      { name: 'Banjir', slug: 'banjir' },
      { name: 'Pekanbaru', slug: 'pekanbaru' },
    ]);
    expect(article?.image).toMatchObject({ width: 1800, height: 1200 });
    expect(article?.modifiedAt).toEqual(article?.publishedAt);
    expect(await bodyHtml(corpus, 'a1b2c3d4')).toBe(
      '<p><span class="dateline">PEKANBARU, RIAU24.COM - </span>Paragraf pertama.</p>\n<p>Paragraf kedua.</p>',
    );
  });
});

describe('each kind of bad file has its own exact error', () => {
  it('missing field', async () => {
    const { title: _omit, ...data } = validArticle;
    void _omit;
    const root = await writeCorpus({ articles: { 'banjir.md': { data } } });
    expect(await problems(root)).toEqual(['<root>/articles/banjir.md: title: wajib diisi']);
  });

  it('wrong type', async () => {
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: { ...validArticle, tags: 'Banjir' } } },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: tags: harus berupa daftar tag',
    ]);
  });

  it('bad date', async () => {
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: { ...validArticle, publishedAt: '23/12/2024 10:15' } } },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: publishedAt: format tanggal harus "YYYY-MM-DDTHH:MM:SS+07:00" (dengan zona waktu)',
    ]);
  });

  it('impossible calendar date', async () => {
    const root = await writeCorpus({
      articles: {
        'banjir.md': { data: { ...validArticle, publishedAt: '2024-02-30T10:00:00+07:00' } },
      },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: publishedAt: tanggal tidak ada di kalender',
    ]);
  });

  it('updated before published', async () => {
    const root = await writeCorpus({
      articles: {
        'banjir.md': { data: { ...validArticle, updatedAt: '2024-12-19T09:00:00+07:00' } },
      },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: updatedAt: tidak boleh lebih awal dari publishedAt',
    ]);
  });

  it('unknown field, with a suggestion', async () => {
    const root = await writeCorpus({
      articles: {
        'banjir.md': { data: { ...validArticle, publishedat: '2024-12-20T09:00:00+07:00' } },
      },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: publishedat: kolom tidak dikenal (maksudnya "publishedAt"?)',
    ]);
  });

  it('unknown nested field', async () => {
    const image = { ...validArticle.image, credits: 'x' };
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: { ...validArticle, image } } },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: image.credits: kolom tidak dikenal (maksudnya "credit"?)',
    ]);
  });

  it('missing alt text', async () => {
    const image = { ...validArticle.image, alt: ' ' };
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: { ...validArticle, image } } },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: image.alt: Teks alternatif (alt) tidak boleh kosong',
    ]);
  });

  it('dangling references: author, section, related, read-also', async () => {
    const data = { ...validArticle, authors: ['siapa'], section: 'gosip', related: ['ffffffff'] };
    const body = 'Paragraf.\n\n::baca-juga{id=eeeeeeee}\n';
    const root = await writeCorpus({ articles: { 'banjir.md': { data, body } } });
    const lines = await problems(root);
    expect(lines).toEqual([
      '<root>/articles/banjir.md: section: rubrik "gosip" tidak ada di sections.yaml',
      '<root>/articles/banjir.md: authors[0]: penulis "siapa" tidak ada di content/authors',
      '<root>/articles/banjir.md: related[0]: artikel "ffffffff" tidak ada',
      expect.stringMatching(
        /^<root>\/articles\/banjir\.md:\d+: isi: ::baca-juga merujuk ke artikel "eeeeeeee" yang tidak ada$/,
      ),
    ]);
  });

  it('duplicate id and duplicate slug', async () => {
    const root = await writeCorpus({
      articles: {
        'a.md': { data: validArticle },
        'b.md': { data: { ...secondArticle, id: validArticle.id } },
        'c.md': { data: { ...secondArticle, id: 'c0ffee00', slug: validArticle.slug } },
      },
    });
    const shownA = '<root>/articles/a.md';
    expect((await problems(root)).map((l) => l.replace(/\S*\/articles\/a\.md$/, shownA))).toEqual([
      `<root>/articles/b.md: id: id "a1b2c3d4" sudah dipakai oleh ${shownA}`,
      `<root>/articles/c.md: slug: slug "banjir-di-pekanbaru" sudah dipakai oleh ${shownA}`,
    ]);
  });

  it('duplicate page slug', async () => {
    const page = (title: string) =>
      `---\nslug: redaksi\ntitle: ${title}\ndescription: Susunan redaksi.\nupdatedAt: 2024-12-01T00:00:00+07:00\norder: 1\n---\n\nIsi.\n`;
    const root = await writeCorpus({ pages: { 'a.md': page('Redaksi'), 'b.md': page('Kembar') } });
    const shownA = '<root>/pages/a.md';
    expect((await problems(root)).map((l) => l.replace(/\S*\/pages\/a\.md$/, shownA))).toEqual([
      `<root>/pages/b.md: slug: slug "redaksi" sudah dipakai oleh ${shownA}`,
    ]);
  });

  it('unsafe HTML in the body', async () => {
    const body = 'Paragraf.\n\n<script>alert(1)</script>\n';
    const root = await writeCorpus({ articles: { 'banjir.md': { data: validArticle, body } } });
    expect(await problems(root)).toEqual([
      expect.stringMatching(
        /^<root>\/articles\/banjir\.md:\d+: isi: HTML tidak aman \(<script\) tidak diizinkan di isi artikel$/,
      ),
    ]);
  });

  it('event handler and javascript: link in the body', async () => {
    const body = 'Lihat <img src=x onerror=alert(1)> dan [klik](javascript:alert(1)).\n';
    const root = await writeCorpus({ articles: { 'banjir.md': { data: validArticle, body } } });
    expect(await problems(root)).toEqual([
      expect.stringMatching(/isi: HTML tidak aman \(onerror=\) tidak diizinkan di isi artikel$/),
      expect.stringMatching(/isi: tautan tidak aman: "javascript:alert\(1\)"$/),
    ]);
  });

  it('broken YAML names the line', async () => {
    const text = '---\nid: a1b2c3d4\ntitle: "tidak ditutup\n---\n\nIsi.\n';
    const root = await writeCorpus({ articles: { 'banjir.md': text } });
    const [line] = await problems(root);
    expect(line).toMatch(/^<root>\/articles\/banjir\.md:3: \(frontmatter\): YAML rusak: /);
  });

  it('a missing image file', async () => {
    const image = { ...validArticle.image, src: '/images/articles/tidak-ada.jpg' };
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: { ...validArticle, image } } },
    });
    expect(await problems(root)).toEqual([
      '<root>/articles/banjir.md: image.src: berkas gambar public/images/articles/tidak-ada.jpg tidak ada atau rusak',
    ]);
  });

  it('reports every problem in every file at once', async () => {
    const root = await writeCorpus({
      articles: {
        'a.md': { data: { ...validArticle, status: 'terbit' } },
        'b.md': { data: { ...secondArticle, summary: 42, authors: [] } },
      },
      authors: { budi: { id: 'budi', name: 'Budi', role: 'Reporter' } },
    });
    expect(await problems(root)).toEqual([
      '<root>/authors/budi.yaml: bio: wajib diisi',
      '<root>/articles/a.md: status: harus "draft" atau "published"',
      '<root>/articles/b.md: summary: Ringkasan harus berupa teks',
      '<root>/articles/b.md: authors: harus ada setidaknya satu penulis',
    ]);
  });

  it('author id must match its file name', async () => {
    const root = await writeCorpus({
      authors: { budi: { id: 'budi-s', name: 'Budi', role: 'Reporter', bio: 'Bio.' } },
      articles: {},
    });
    expect(await problems(root)).toEqual([
      '<root>/authors/budi.yaml: id: harus sama dengan nama berkas ("budi")',
    ]);
  });
});

describe('article file helper', () => {
  it('writes frontmatter the loader reads back', () => {
    expect(articleFile({ a: 1 }, 'x')).toBe('---\na: 1\n---\n\nx\n');
  });
});
