import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  LEGACY_RECORD_FILE,
  OLD_ADDRESSES_FILE,
  oldAddressLine,
} from '../../content/old-addresses';
import { validArticle, writeCorpus } from '../../content/test-support/temp-corpus';

/**
 * The corpus the contract suite ingests into each engine. At AT (24 Dec 2024, noon WIB): five
 * live articles, one draft, one scheduled for the 30th and one withdrawn; and the record of an
 * imported site's old addresses (writeImportRecord).
 */
export const AT = new Date('2024-12-24T12:00:00+07:00');

const article = (id: string, fields: Record<string, unknown>, body = 'Paragraf pertama.') => ({
  data: { ...validArticle, id, slug: `artikel-${id}`, title: `Judul ${id}`, tags: [], ...fields },
  body,
});

/** The old addresses the contract corpus records, as an import leaves them beside the content. */
export const RECORDED_REDIRECTS: Record<string, string> = {
  '/2024/12/%e2%80%aebanjir-merendam-pekanbaru/': '/berita/aaaa0001/artikel-aaaa0001',
  '/?p=3': '/berita/aaaa0003/artikel-aaaa0003',
  '/category/politik/': '/kanal/nasional',
};

/** The old addresses' record an import leaves (`extra`: lines as they are, after them). */
export async function writeImportRecord(
  root: string,
  redirects: Record<string, string>,
  extra: string[] = [],
): Promise<void> {
  const file = path.join(root, OLD_ADDRESSES_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  const lines = Object.entries(redirects).map(([oldPath, target]) =>
    oldAddressLine({ oldPath, target }),
  );
  await writeFile(file, [...lines, ...extra].map((line) => `${line}\n`).join(''));
}

/** The one JSON file an earlier import left instead (its record removed). */
export async function writeLegacyImportRecord(
  root: string,
  redirects: Record<string, string> | string,
): Promise<void> {
  await rm(path.join(root, OLD_ADDRESSES_FILE), { force: true });
  const text =
    typeof redirects === 'string' ? redirects : JSON.stringify({ files: {}, redirects }, null, 2);
  await writeFile(path.join(root, LEGACY_RECORD_FILE), `${text}\n`);
}

export async function writeContractCorpus(into?: string): Promise<string> {
  const root = await writeCorpus(
    {
      sections: {
        sections: [
          { id: 'riau', name: 'Riau', description: 'Berita Riau.' },
          { id: 'nasional', name: 'Nasional', description: 'Berita nasional.' },
          { id: 'sepi', name: 'Sepi', description: 'Rubrik tanpa artikel.' },
        ],
      },
      authors: {
        budi: { id: 'budi', name: 'Budi Santoso', role: 'Reporter', bio: 'Reporter di Pekanbaru.' },
        sari: { id: 'sari', name: 'Sari Dewi', role: 'Editor', bio: 'Editor di Jakarta.' },
      },
      articles: {
        'a1.md': article(
          'aaaa0001',
          {
            tags: ['Banjir', 'Pekanbaru'],
            publishedAt: '2024-12-20T09:00:00+07:00',
            title: 'Banjir merendam Pekanbaru',
          },
          'Air sungai meluap dan merendam permukiman.',
        ),
        'a2.md': article('aaaa0002', {
          tags: ['Banjir'],
          authors: ['sari'],
          publishedAt: '2024-12-21T09:00:00+07:00',
        }),
        'a3.md': article('aaaa0003', {
          section: 'nasional',
          tags: ['Politik'],
          authors: ['sari', 'budi'],
          related: ['aaaa0001'],
          publishedAt: '2024-12-22T09:00:00+07:00',
          title: 'Rapat kabinet membahas anggaran',
        }),
        'a4.md': article('aaaa0004', {
          section: 'nasional',
          tags: ['Banjir'],
          publishedAt: '2024-12-22T09:00:00+07:00',
        }),
        'a5.md': article(
          'aaaa0005',
          { publishedAt: '2024-12-23T09:00:00+07:00', title: 'Bantuan untuk korban' },
          'Pemerintahan provinsi membantu korban dengan beras.\n\n::baca-juga{id=aaaa0001}',
        ),
        'draft.md': article('dddd0001', {
          status: 'draft',
          tags: ['Rahasia'],
          publishedAt: '2024-12-19T09:00:00+07:00',
          title: 'Draf banjir rahasia',
        }),
        'later.md': article('ssss0001', {
          tags: ['Banjir'],
          publishedAt: '2024-12-30T09:00:00+07:00',
          title: 'Banjir yang dijadwalkan',
        }),
        'gone.md': article('wwww0001', {
          tags: ['Banjir'],
          publishedAt: '2024-12-18T09:00:00+07:00',
          title: 'Banjir yang dicabut',
          withdrawn: { date: '2024-12-19T08:00:00+07:00', reason: 'Atas permintaan narasumber.' },
        }),
      },
      pages: {
        'b.md':
          '---\nslug: kontak\ntitle: Kontak\ndescription: Hubungi kami.\nupdatedAt: 2024-12-01T00:00:00+07:00\norder: 2\n---\n\nIsi.\n',
        'a.md':
          '---\nslug: redaksi\ntitle: Redaksi\ndescription: Susunan redaksi.\nupdatedAt: 2024-12-01T00:00:00+07:00\norder: 1\n---\n\nIsi.\n',
      },
    },
    into,
  );
  await writeImportRecord(root, RECORDED_REDIRECTS);
  return root;
}
