import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblemFound, ContentProblemsStore } from './content-problems-port';
import { contentProblemsOf } from './kysely/content-problems';
import type { KyselyContentStore } from './kysely/store';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');
const T1 = new Date('2026-01-05T04:00:00.000Z');

const schema: ContentProblemFound = {
  path: 'articles/b.md',
  field: 'title',
  message: 'wajib diisi',
};
const body: ContentProblemFound = {
  path: 'articles/b.md',
  field: 'isi',
  line: 7,
  message: 'gambar "<img src=x onerror=alert(1)>" tidak ada',
};
const clash: ContentProblemFound = {
  path: 'articles/a "kutip" & <b>.md',
  field: 'id',
  message: 'id "x" sudah dipakai',
};

/** One suite, both engines: the refused files' problems, replaced by scope, read by page. */
describe.each(enginesFor('content_problems'))('the content problems on $name', ({ open }) => {
  let store: KyselyContentStore;
  let problems: ContentProblemsStore;
  const all = async () => (await problems.contentProblems({ offset: 0, limit: 100 })).problems;
  const replace = (scope: 'all' | string[], found: ContentProblemFound[], at: Date) =>
    store.write((w) => w.replaceContentProblems(scope, found, at));

  beforeAll(async () => {
    store = await open();
    problems = contentProblemsOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('replaces all of them, or those of given paths, keeping when each was first seen', async () => {
    await replace('all', [schema, body, clash], T0);
    expect(await all()).toEqual([
      { ...clash, seenAt: T0 },
      { ...schema, seenAt: T0 },
      { ...body, seenAt: T0 },
    ]);
    // The same problems found again later keep their first sighting; a new one is seen now.
    const later: ContentProblemFound = { ...schema, field: 'summary' };
    await replace(['articles/b.md'], [schema, body, later], T1);
    expect(await all()).toEqual([
      { ...clash, seenAt: T0 },
      { ...later, seenAt: T1 },
      { ...schema, seenAt: T0 },
      { ...body, seenAt: T0 },
    ]);
    // Those of other paths than the scope's are ignored; the scope's not found are gone.
    await replace(['articles/b.md', 'articles/c.md'], [body, { ...clash, field: 'slug' }], T1);
    expect(await all()).toEqual([
      { ...clash, seenAt: T0 },
      { ...body, seenAt: T0 },
    ]);
    await replace('all', [], T1);
    expect(await all()).toEqual([]);
  });

  it('keeps one row per problem when replaced at once (instances starting together)', async () => {
    // The second replaces while the first, having written, has not committed yet.
    const found = [schema, body, clash];
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.all([
      store.write(async (w) => {
        await w.replaceContentProblems('all', found, T0);
        await pause(300);
      }),
      pause(100).then(() => replace('all', found, T0)),
    ]);
    expect(await all()).toHaveLength(3);
    // A row found twice is written once again.
    await store.db
      .insertInto('content_problems')
      .values({ ...schema, line: 0, seen_at: T0.toISOString() })
      .execute();
    expect(await all()).toHaveLength(4);
    await replace('all', [schema, body, clash], T1);
    expect(await all()).toEqual([
      { ...clash, seenAt: T0 },
      { ...schema, seenAt: T0 },
      { ...body, seenAt: T0 },
    ]);
    await replace('all', [], T0);
  });

  it('reads a page of them with the counts of problems and files', async () => {
    const found = Array.from({ length: 7 }, (_, i) => ({
      path: `articles/${i % 3}.md`,
      field: `f${i}`,
      message: `masalah ${i}`,
    }));
    await replace('all', found, T0);
    const page = await problems.contentProblems({ offset: 2, limit: 3 });
    expect(page.total).toBe(7);
    expect(page.files).toBe(3);
    expect(page.problems.map((p) => p.field)).toEqual(['f6', 'f1', 'f4']);
    await replace('all', [], T0);
  });
});
