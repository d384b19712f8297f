import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/** A small valid corpus in a temp folder; tests change one thing at a time to break it. */

export const validArticle = {
  id: 'a1b2c3d4',
  slug: 'banjir-di-pekanbaru',
  title: 'Banjir di Pekanbaru',
  summary: 'Hujan deras membuat beberapa ruas jalan di Pekanbaru tergenang.',
  section: 'riau',
  tags: ['Banjir', 'Pekanbaru'],
  authors: ['budi'],
  publishedAt: '2024-12-20T09:00:00+07:00',
  dateline: 'PEKANBARU, RIAU24.COM',
  image: {
    src: '/images/articles/9c6a2a35.jpg',
    alt: 'Jalan tergenang air',
    caption: 'Genangan di Jalan Sudirman.',
    credit: 'Ilustrasi',
  },
  status: 'published',
};

export const secondArticle = {
  ...validArticle,
  id: 'e5f6a7b8',
  slug: 'harga-sawit-naik',
  title: 'Harga Sawit Naik',
  publishedAt: '2024-12-21T09:00:00+07:00',
};

export interface CorpusFiles {
  articles?: Record<string, { data: unknown; body?: string } | string>;
  authors?: Record<string, unknown>;
  sections?: unknown;
  pages?: Record<string, string>;
}

export function articleFile(data: unknown, body = 'Paragraf pertama.\n\nParagraf kedua.'): string {
  return `---\n${stringify(data)}---\n\n${body}\n`;
}

/** Writes a corpus into `into` (an empty folder), else a new temporary folder; returns it. */
export async function writeCorpus(files: CorpusFiles = {}, into?: string): Promise<string> {
  const root = into ?? (await mkdtemp(path.join(os.tmpdir(), 'warta-corpus-')));
  await mkdir(path.join(root, 'articles'));
  await mkdir(path.join(root, 'authors'));
  await mkdir(path.join(root, 'pages'));
  const sections = files.sections ?? {
    sections: [{ id: 'riau', name: 'Riau', description: 'Berita Riau.' }],
  };
  await writeFile(path.join(root, 'sections.yaml'), stringify(sections));
  const authors = files.authors ?? {
    budi: { id: 'budi', name: 'Budi Santoso', role: 'Reporter', bio: 'Reporter di Pekanbaru.' },
  };
  for (const [name, data] of Object.entries(authors)) {
    await writeFile(path.join(root, 'authors', `${name}.yaml`), stringify(data));
  }
  const articles = files.articles ?? { 'banjir.md': { data: validArticle } };
  for (const [name, file] of Object.entries(articles)) {
    const text = typeof file === 'string' ? file : articleFile(file.data, file.body);
    await writeFile(path.join(root, 'articles', name), text);
  }
  for (const [name, text] of Object.entries(files.pages ?? {})) {
    await writeFile(path.join(root, 'pages', name), text);
  }
  return root;
}
