import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import { closeStores, openStore } from '../store';
import type { Visibility } from '../store/port';
import { ingestContent } from '.';

const AT: Visibility = { now: new Date('2025-01-01T00:00:00+07:00'), includeDrafts: false };
const N = 2_100;
const idOf = (i: number) => `b${i.toString(16).padStart(7, '0')}`;

afterEach(async () => {
  await closeStores();
  vi.unstubAllEnvs();
});

/**
 * A bulk ingest (the WordPress import's): thousands of articles in batches, decided against the
 * store's rows once a batch is written, and no changes kept for a caller that publishes none.
 */
describe('an ingest of thousands of articles that keeps no changes', () => {
  it('finds clashes with earlier batches, counts the listings whole, returns few changes', async () => {
    const articles: Record<string, { data: unknown }> = {};
    for (let i = 0; i < N; i++)
      articles[`a${String(i).padStart(5, '0')}.md`] = {
        data: { ...validArticle, id: idOf(i), slug: `berita-${i}`, tags: ['Banjir'] },
      };
    // Last in the listing, so in the last batch: the first article's slug, and its id.
    articles['z1.md'] = { data: { ...validArticle, id: idOf(N), slug: 'berita-0' } };
    articles['z2.md'] = { data: { ...validArticle, id: idOf(0), slug: 'berita-lain' } };
    const root = await writeCorpus({ articles });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-bulk-'));
    vi.stubEnv('WARTA_SQLITE_FILE', path.join(dir, 'warta.sqlite'));
    const { problems, changes } = await ingestContent({
      contentDir: root,
      keepChanges: false,
      parsing: { workers: 0, batch: 500 },
    });
    expect(problems.map((p) => [path.basename(p.file), p.field])).toEqual([
      ['z1.md', 'slug'],
      ['z2.md', 'id'],
    ]);
    const articleChanges = changes.filter((c) => c.kind === 'article');
    expect(articleChanges.length).toBeGreaterThan(0);
    expect(articleChanges.length).toBeLessThan(N);
    const { store } = await openStore(root);
    expect(await store.countLive(AT)).toBe(N);
    expect((await store.tag('banjir', AT))?.count).toBe(N);
    expect((await store.articleById(idOf(0), AT))?.slug).toBe('berita-0');
  }, 120_000);
});
