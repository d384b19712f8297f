import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInto } from '../../ingest';
import type { KyselyContentStore } from '../kysely/store';
import type { Visibility } from '../port';
import { AT, writeContractCorpus } from '../test-support/contract-corpus';
import { openSqliteStore } from './open';

/**
 * SQLite ranks a common word among the newest articles (article_search_recent): with a window of
 * three rows, every search must answer what the whole index answers, as articles come and go.
 */
describe('SQLite search through the newest articles', () => {
  let root: string;
  let whole: KyselyContentStore;
  let small: KyselyContentStore;
  const production: Visibility = { now: AT, includeDrafts: false };
  const development: Visibility = { now: AT, includeDrafts: true };

  beforeAll(async () => {
    root = await writeContractCorpus();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-recent-search-'));
    whole = (await openSqliteStore(path.join(dir, 'whole.sqlite'))).store;
    small = (await openSqliteStore(path.join(dir, 'small.sqlite'), { recentSearchRows: 3 })).store;
    for (const store of [whole, small])
      expect((await ingestInto(store, root, {})).problems).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await whole?.close();
    await small?.close();
  });

  const answer = async (
    store: KyselyContentStore,
    word: string,
    candidates: number,
    v: Visibility,
  ) => {
    const found = await store.search(
      { terms: [{ word, roots: [word] }], page: { page: 1, perPage: 10 }, candidates },
      v,
    );
    return { ...found, articles: found.articles.map((a) => a.id) };
  };

  async function expectSameAnswers() {
    for (const word of ['banjir', 'judul', 'korban', 'paragraf', 'xyzzy'])
      for (const candidates of [1, 2, 10])
        for (const v of [production, development])
          expect(await answer(small, word, candidates, v)).toEqual(
            await answer(whole, word, candidates, v),
          );
  }

  /** The rowids article_search_recent holds, and the newest of the whole index. */
  async function windows(store: KyselyContentStore) {
    const rowids = async (table: string) =>
      (
        await sql<{ rowid: number }>`select rowid from ${sql.table(table)}
          order by rowid desc limit 3`.execute(store.db)
      ).rows.map((r) => r.rowid);
    const held = await sql<{ n: number }>`select count(*) as n from article_search_recent`.execute(
      store.db,
    );
    return {
      held: held.rows[0]?.n,
      recent: await rowids('article_search_recent'),
      newest: await rowids('article_search'),
    };
  }

  it('holds the newest three rows and answers as the whole index does', async () => {
    const w = await windows(small);
    expect(w.held).toBe(3);
    expect(w.recent).toEqual(w.newest);
    expect((await answer(small, 'banjir', 1, production)).capped).toBe(true);
    await expectSameAnswers();
  });

  it('keeps the newest three as an article arrives and as it goes', async () => {
    const file = path.join(root, 'articles', 'newest.md');
    // a1.md (a flood story) again, as the newest article.
    const a1 = await readFile(path.join(root, 'articles', 'a1.md'), 'utf8');
    const newest = a1
      .replace('aaaa0001', 'nnnn0001')
      .replace('artikel-aaaa0001', 'artikel-nnnn0001')
      .replace('2024-12-20T09:00:00+07:00', '2024-12-24T08:00:00+07:00');
    expect(newest).toContain('nnnn0001');
    expect(newest).toContain('2024-12-24T08:00:00+07:00');
    await writeFile(file, newest);
    for (const store of [whole, small])
      expect((await ingestInto(store, root, { paths: [file] })).problems).toEqual([]);
    expect((await answer(small, 'banjir', 1, production)).articles).toEqual(['nnnn0001']);
    let w = await windows(small);
    expect([w.held, w.recent]).toEqual([3, w.newest]);
    await expectSameAnswers();

    await rm(file);
    for (const store of [whole, small])
      expect((await ingestInto(store, root, { paths: [file] })).problems).toEqual([]);
    w = await windows(small);
    expect([w.held, w.recent]).toEqual([3, w.newest]);
    await expectSameAnswers();
  });
});
