import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestInto } from '../ingest';
import { enginesFor } from '../store/test-support/engines';
import { strings } from '../strings';
import { PROBLEMS_PREVIEW } from './content-problems';
import { deskHome } from './handlers';
import { deskForEachTest, get, TEST_IMAGE } from './test-support';

/**
 * The content folder's refused files on the desk's list, through the real handler on both
 * engines, after a real ingest: path, field and reason as content:check words them, every value
 * text; editors and admins see them, writers do not.
 */

const t = strings.desk.problems;

/** A file name and a frontmatter key a page must escape. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)> "kutip".md';
const HOSTILE_KEY = '<script>alert(1)</script>';

function brokenFile(): string {
  return [
    '---',
    'id: b1b1b1b1',
    'slug: berkas-rusak',
    'title: Berkas rusak',
    'summary: Ringkasan.',
    'section: tidak-ada',
    'authors: [sari-nur]',
    'publishedAt: 2026-01-04T00:00:00Z',
    'dateline: PEKANBARU, RIAU24.COM',
    `image: { src: ${TEST_IMAGE}, alt: Gambar, credit: Warta }`,
    'status: published',
    `'${HOSTILE_KEY}': x`,
    '---',
    '',
    'Isi.',
    '',
  ].join('\n');
}

describe.each(enginesFor('desk_problems'))(
  'the refused files on the desk list on $name',
  ({ open }) => {
    const { desk, signedIn } = deskForEachTest(() => open());

    const page = async (who: { cookie: string }, query = '') => {
      const response = await deskHome(get(`/ruang-redaksi${query}`, who), desk.deps);
      expect(response.status).toBe(200);
      return response.text();
    };
    const ingestBroken = async () => {
      await writeFile(path.join(desk.root, 'articles', HOSTILE_NAME), brokenFile());
      await writeFile(
        path.join(desk.root, 'articles', 'tanpa-judul.md'),
        '---\nid: c1c1c1c1\n---\n',
      );
      return ingestInto(desk.store, desk.root, {});
    };

    it('shows each refused file’s path, field and reason above the list, escaped, to editors', async () => {
      const { problems } = await ingestBroken();
      expect(problems.length).toBeGreaterThan(2);
      const editor = await signedIn('editor@warta.id');
      const html = await page(editor);
      const section = html.slice(
        html.indexOf('id="berkas-bermasalah"'),
        html.indexOf('</section>'),
      );
      expect(section).toContain(t.heading);
      expect(section).toContain(
        '<code>articles/&lt;img src=x onerror=alert(1)&gt; &quot;kutip&quot;.md</code>',
      );
      expect(section).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
      expect(section).toContain('kolom tidak dikenal');
      expect(section).toContain('<code>articles/tanpa-judul.md</code>');
      expect(section).toContain(strings.content.required);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<script>');
      // The articles are listed below, as before.
      expect(html.indexOf('id="berkas-bermasalah"')).toBeLessThan(html.indexOf('Pelantikan'));
      // So does an admin; a writer sees neither the section nor the filter's value.
      expect(await page(await signedIn('admin@warta.id'))).toContain('id="berkas-bermasalah"');
      const writer = await signedIn('penulis@warta.id');
      for (const query of ['', '?status=bermasalah']) {
        const writerHtml = await page(writer, query);
        expect(writerHtml).not.toContain('berkas-bermasalah');
        expect(writerHtml).not.toContain('onerror');
        expect(writerHtml).not.toContain('value="bermasalah"');
        expect(writerHtml).toContain('Pelantikan');
      }
    });

    it('lists them alone under status=bermasalah; a fixed or deleted file leaves the list', async () => {
      await ingestBroken();
      const editor = await signedIn('editor@warta.id');
      const only = await page(editor, '?status=bermasalah');
      expect(only).toMatch(/<option value="bermasalah" selected="">/);
      expect(only).toContain('articles/tanpa-judul.md');
      expect(only).not.toContain('Pelantikan');
      // Filtered lists of articles do not show them.
      expect(await page(editor, '?status=terbit')).not.toContain('berkas-bermasalah');
      await unlink(path.join(desk.root, 'articles', 'tanpa-judul.md'));
      await writeFile(
        path.join(desk.root, 'articles', HOSTILE_NAME),
        brokenFile()
          .replace('section: tidak-ada', 'section: riau')
          .replace(/^'<script.*\n/m, ''),
      );
      const result = await ingestInto(desk.store, desk.root, {
        paths: ['articles/tanpa-judul.md', `articles/${HOSTILE_NAME}`],
      });
      expect(result.problems).toEqual([]);
      expect(await page(editor)).not.toContain('berkas-bermasalah');
      expect(await page(editor, '?status=bermasalah')).toContain(t.none);
      expect(await page(editor)).toContain('Berkas rusak');
    });

    it(`shows the first ${PROBLEMS_PREVIEW} above the list and links to all of them`, async () => {
      for (let i = 0; i < PROBLEMS_PREVIEW + 2; i++)
        await writeFile(
          path.join(desk.root, 'articles', `rusak-${i}.md`),
          brokenFile()
            .replace('b1b1b1b1', `b1b1b1${String(i).padStart(2, '0')}`)
            .replace('berkas-rusak', `berkas-rusak-${i}`)
            .replace(/^'<script.*\n/m, ''),
        );
      await ingestInto(desk.store, desk.root, {});
      const editor = await signedIn('editor@warta.id');
      const html = await page(editor);
      expect(html.match(/<code>articles\/rusak-/g)).toHaveLength(PROBLEMS_PREVIEW);
      expect(html).toContain('href="/ruang-redaksi?status=bermasalah"');
      const all = await page(editor, '?status=bermasalah');
      expect(all.match(/<code>articles\/rusak-/g)).toHaveLength(PROBLEMS_PREVIEW + 2);
    });
  },
);
