import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFile, validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import { closeStores, openStore } from '../store';
import type { Visibility } from '../store/port';
import { emptyPostgres, TEST_DATABASE_URL } from '../store/test-support/engines';
import { ingestContent, type IngestOptions } from '.';
import { articleParser, inProcessParser } from './parse-pool';

const EVERY: Visibility = { now: new Date('9999-12-31T23:59:59Z'), includeDrafts: true };
const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(3, '0')}`);

/**
 * 60 articles in batches of 10: valid ones, one referring to an article of a later batch (it
 * waits for the last), and, inside pooled batches, broken YAML, a schema error, a body error,
 * an unknown section and a slug taken by another file.
 */
function corpusFiles() {
  const articles: Record<string, string> = {};
  ids.forEach((id, i) => {
    const data: Record<string, unknown> = {
      ...validArticle,
      id,
      slug: `berita-${id}`,
      title: `Berita nomor ${i}`,
      publishedAt: `2024-12-${String(1 + (i % 20)).padStart(2, '0')}T09:00:00+07:00`,
    };
    let body = `Paragraf ${i} tentang banjir.\n\nParagraf kedua.`;
    if (i === 3) data.related = [ids[55]];
    if (i === 14) delete data.title;
    if (i === 25) body = 'Ada <script>alert(1)</script> di sini.';
    if (i === 33) data.section = 'tidak-ada';
    if (i === 41) data.slug = 'berita-p040';
    articles[`${id}.md`] = articleFile(data, body);
  });
  articles['p022.md'] = '---\ntitle: [tidak ditutup\n---\n\nIsi.\n';
  return { articles };
}

async function snapshot(root: string) {
  const { store } = await openStore(root);
  const state = await store.ingestState();
  const articles = await Promise.all(ids.map((id) => store.articleById(id, EVERY)));
  return {
    files: state.files.sort((a, b) => a.path.localeCompare(b.path)),
    articles,
    tags: await store.tags(EVERY),
    live: await store.countLive(EVERY),
  };
}

afterEach(async () => {
  await closeStores();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A database of its own: test files run in parallel, and each empties the database it uses. */
const poolDatabase = new URL(TEST_DATABASE_URL);
poolDatabase.pathname += '_pool';
const engines = [
  { name: 'sqlite', url: undefined },
  { name: 'postgres', url: poolDatabase.toString() },
];

/** Two ingests of 60 articles each; a loaded machine makes them slow. */
const SLOW = 90_000;

describe.each(engines)('parse workers ($name)', ({ url }) => {
  /** Ingests the corpus into an empty store with these parse settings. */
  async function ingestWith(root: string, parsing: IngestOptions['parsing']) {
    await closeStores();
    if (url) {
      await emptyPostgres(url);
      vi.stubEnv('WARTA_DATABASE_URL', url);
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-pool-'));
      vi.stubEnv('WARTA_SQLITE_FILE', path.join(dir, 'warta.sqlite'));
    }
    const result = await ingestContent({ contentDir: root, parsing });
    return { ...result, store: await snapshot(root) };
  }

  it(
    'give exactly the store contents and problems of the in-process path',
    async () => {
      const root = await writeCorpus(corpusFiles());
      const warn = vi.spyOn(console, 'warn');
      const pooled = await ingestWith(root, { workers: 2, poolFrom: 1, batch: 10 });
      expect(warn).not.toHaveBeenCalled();
      const inProcess = await ingestWith(root, { workers: 0, batch: 10 });

      const shown = pooled.problems.map((p) => `${path.basename(p.file)} ${p.field}`);
      expect(shown).toEqual([
        'p014.md title',
        'p022.md (frontmatter)',
        'p025.md isi',
        'p025.md isi',
        'p033.md section',
        'p041.md slug',
      ]);
      expect(pooled.problems).toEqual(inProcess.problems);
      expect(pooled.changes).toEqual(inProcess.changes);
      expect(pooled.store).toEqual(inProcess.store);
      expect(pooled.store.articles.filter(Boolean)).toHaveLength(55);
      expect(pooled.store.articles[3]?.related).toEqual([ids[55]]);
    },
    SLOW,
  );

  it(
    'fall back to in-process parsing, same result, when no worker starts',
    async () => {
      const root = await writeCorpus(corpusFiles());
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const missing = path.join(os.tmpdir(), 'warta-no-such-worker.mjs');
      const fallback = await ingestWith(root, {
        workers: 2,
        poolFrom: 1,
        batch: 10,
        workerScript: missing,
      });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Pengurai paralel tidak dapat/));
      const inProcess = await ingestWith(root, { workers: 0, batch: 10 });
      expect(fallback.problems).toEqual(inProcess.problems);
      expect(fallback.store).toEqual(inProcess.store);
    },
    SLOW,
  );
});

describe('articleParser', () => {
  it(
    'starts workers only for large ingests and parses as the main thread does',
    async () => {
      expect(await articleParser(10, { workers: 2, poolFrom: 1_000 })).toBe(inProcessParser);
      expect(await articleParser(5_000, { workers: 0 })).toBe(inProcessParser);
      const parser = await articleParser(5_000, { workers: 2 });
      try {
        expect(parser.workers).toBe(2);
        const files = Object.entries(corpusFiles().articles).map(([name, text]) => ({
          file: path.join(os.tmpdir(), name),
          text,
        }));
        expect(await parser.parse(files)).toEqual(await inProcessParser.parse(files));
      } finally {
        await parser.close();
      }
    },
    SLOW,
  );
});
