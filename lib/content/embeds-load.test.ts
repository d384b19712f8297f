import { describe, expect, it } from 'vitest';
import { ContentValidationError, formatIssue } from './errors';
import { loadCorpus } from './load';
import { displayPath } from './paths';
import { secondArticle, validArticle, writeCorpus } from './test-support/temp-corpus';

/** Every reported problem as "file:line: field: message", with the temp root shown as <root>. */
async function problems(root: string): Promise<string[]> {
  try {
    await loadCorpus(root);
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    return error.issues.map((issue) => formatIssue(issue).replace(displayPath(root), '<root>'));
  }
  return [];
}

const GOOD_BODY = [
  'Paragraf pertama.',
  '',
  '::embed{url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Rekaman warga"}',
  '',
  ':::galeri{title="Suasana banjir"}',
  '::foto{src="/images/articles/9c6a2a35.jpg" alt="Jalan tergenang" caption="Jalan Sudirman." credit="Andi"}',
  ':::',
].join('\n');

describe('embeds and galleries at ingest', () => {
  it('a good embed and gallery load; the gallery photo’s size is read like a body image’s', async () => {
    const root = await writeCorpus({
      articles: { 'banjir.md': { data: validArticle, body: GOOD_BODY } },
    });
    const { articles } = await loadCorpus(root);
    expect(articles[0]?.bodyImages).toEqual({
      '/images/articles/9c6a2a35.jpg': { width: 1800, height: 1200 },
    });
    expect(articles[0]?.text).toContain('Rekaman warga');
    expect(articles[0]?.text).toContain('Jalan Sudirman.');
  });

  it('a bad embed is reported with file, line and field; the article is not loaded', async () => {
    const body = [
      'Paragraf.',
      '',
      '::embed{url="https://youtube.com.evil.test/watch?v=dQw4w9WgXcQ"}',
      '',
      ':::galeri',
      '::foto{src="/images/tidak-ada.jpg" alt="Hilang"}',
      ':::',
    ].join('\n');
    const root = await writeCorpus({
      articles: {
        'banjir.md': { data: validArticle, body },
        'sawit.md': { data: secondArticle },
      },
    });
    expect(await problems(root)).toEqual([
      expect.stringMatching(
        /^<root>\/articles\/banjir\.md:\d+: isi: ::embed url dari "youtube\.com\.evil\.test" tidak didukung; yang didukung: YouTube, X \(Twitter\), Instagram, TikTok, Facebook, Vimeo$/,
      ),
      expect.stringMatching(
        /^<root>\/articles\/banjir\.md:\d+: isi: berkas gambar \S*public\/images\/tidak-ada\.jpg tidak ada atau rusak$/,
      ),
    ]);
  });
});
