import { mkdtemp, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFile, validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import type { ContentProblem } from '../store/content-problems-port';
import { contentProblemsOf } from '../store/kysely/content-problems';
import type { KyselyContentStore } from '../store/kysely/store';
import { openSqliteStore } from '../store/sqlite/open';
import { strings } from '../strings';
import { ingestInto } from '.';
import { contentPath } from './problems';

/**
 * The refused files' problems an ingest leaves in the store for the desk: a full reconcile
 * replaces them all, an ingest of some files those files' only, a dry run nothing.
 */

const broken = { ...validArticle, id: 'b0b0b0b0', slug: 'rubrik-asing', section: 'tidak-ada' };
const untitled = { ...validArticle, id: 'c0c0c0c0', slug: 'tanpa-judul', title: undefined };

let store: KyselyContentStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function setup() {
  const root = await writeCorpus({
    articles: {
      'a.md': { data: validArticle },
      'b.md': { data: broken },
      'c.md': { data: untitled },
    },
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-problems-'));
  store = (await openSqliteStore(path.join(dir, 'warta.sqlite'))).store;
  const s = store;
  const problems = contentProblemsOf(s);
  return {
    root,
    ingest: (options = {}) => ingestInto(s, root, options),
    write: (name: string, text: string) => writeFile(path.join(root, name), text),
    kept: async (): Promise<ContentProblem[]> =>
      (await problems.contentProblems({ offset: 0, limit: 100 })).problems,
    paths: async () => [
      ...new Set(
        (await problems.contentProblems({ offset: 0, limit: 100 })).problems.map((p) => p.path),
      ),
    ],
  };
}

describe('the problems an ingest keeps', () => {
  it('a full reconcile keeps every refused file’s problems in content:check’s words', async () => {
    const { ingest, kept, root } = await setup();
    const before = new Date();
    const { problems } = await ingest();
    const stored = await kept();
    expect(stored.map((p) => ({ path: p.path, field: p.field, message: p.message }))).toEqual([
      {
        path: 'articles/b.md',
        field: 'section',
        message: strings.content.unknownSection('tidak-ada'),
      },
      { path: 'articles/c.md', field: 'title', message: strings.content.required },
    ]);
    // The same problems the ingest reported (and prints), their files relative to the folder.
    expect(problems.map((p) => [contentPath(root, p.file), p.field, p.message]).sort()).toEqual(
      stored.map((p) => [p.path, p.field, p.message]),
    );
    expect(stored[0]!.seenAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // Found again unchanged: kept with the moment first seen.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await ingest();
    expect(await kept()).toEqual(stored);
  });

  it('an ingest of some files replaces exactly theirs: fixed or deleted, a file loses its entry', async () => {
    const { ingest, kept, paths, root, write } = await setup();
    await ingest();
    const untitledEntry = (await kept()).find((p) => p.path === 'articles/c.md');
    await write('articles/b.md', articleFile({ ...broken, section: 'riau' }));
    await write('articles/d.md', articleFile({ ...broken, id: 'd0d0d0d0', slug: 'lain' }));
    await ingest({ paths: ['articles/b.md'] });
    expect(await paths()).toEqual(['articles/c.md']);
    expect(await kept()).toEqual([untitledEntry]);
    await ingest({ paths: [path.join(root, 'articles/d.md')] });
    expect(await paths()).toEqual(['articles/c.md', 'articles/d.md']);
    await unlink(path.join(root, 'articles/c.md'));
    await ingest({ paths: ['articles/c.md'] });
    expect(await paths()).toEqual(['articles/d.md']);
  });

  it('a full reconcile replaces the whole set; a dry run writes nothing', async () => {
    const { ingest, paths, root, write } = await setup();
    await ingest();
    await store!.write((w) =>
      w.replaceContentProblems(
        ['articles/gone.md'],
        [{ path: 'articles/gone.md', field: 'berkas', message: 'lama' }],
        new Date(),
      ),
    );
    expect(await paths()).toEqual(['articles/b.md', 'articles/c.md', 'articles/gone.md']);
    await write('articles/e.md', articleFile({ ...broken, id: 'e0e0e0e0', slug: 'e' }));
    await unlink(path.join(root, 'articles/c.md'));
    const dry = await ingest({ dryRun: true });
    expect(dry.problems.length).toBeGreaterThan(0);
    expect(await paths()).toEqual(['articles/b.md', 'articles/c.md', 'articles/gone.md']);
    await ingest();
    expect(await paths()).toEqual(['articles/b.md', 'articles/e.md']);
  });

  it('content given directly is no file of the folder: refused it is not kept, accepted it clears its path', async () => {
    const { ingest, paths } = await setup();
    await ingest();
    const refused = await ingest({
      files: [
        { path: 'articles/x.md', text: articleFile({ ...broken, id: 'f0f0f0f0', slug: 'x' }) },
      ],
    });
    expect(refused.problems).toHaveLength(1);
    expect(await paths()).toEqual(['articles/b.md', 'articles/c.md']);
    const accepted = await ingest({
      files: [{ path: 'articles/b.md', text: articleFile({ ...broken, section: 'riau' }) }],
    });
    expect(accepted.problems).toEqual([]);
    expect(await paths()).toEqual(['articles/c.md']);
  });
});
