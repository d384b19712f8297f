import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInto } from '../../ingest';
import type { KyselyContentStore } from '../kysely/store';
import { reviveArticle, serialise } from '../serialise';
import { AT, writeContractCorpus } from '../test-support/contract-corpus';
import { openSqliteStore } from './open';

/** What a SQLite store holds once (migration 0007): no copy of the indexed text, records deflated. */
describe('the SQLite store holds each thing once', () => {
  let file: string;
  let store: KyselyContentStore;

  beforeAll(async () => {
    const root = await writeContractCorpus();
    file = path.join(await mkdtemp(path.join(os.tmpdir(), 'warta-compact-')), 'warta.sqlite');
    store = (await openSqliteStore(file)).store;
    expect((await ingestInto(store, root, {})).problems).toEqual([]);
    await store.settleAfterBulkLoad(1);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  const inspect = <T>(look: (database: Sqlite.Database) => T): T => {
    const database = new Sqlite(file, { readonly: true });
    try {
      return look(database);
    } finally {
      database.close();
    }
  };

  it('keeps no text in its FTS5 tables, only the index', () => {
    const found = inspect((database) => ({
      tables: database
        .prepare<[], { name: string }>(
          "select name from sqlite_schema where name like 'article_search%' order by name",
        )
        .all()
        .map((r) => r.name),
      filed: database
        .prepare<[], { title: string | null }>('select title from article_search')
        .all(),
    }));
    expect(found.tables).not.toContain('article_search_content');
    expect(found.tables).not.toContain('article_search_recent_content');
    expect(found.filed.length).toBeGreaterThan(0);
    expect(found.filed.every((r) => r.title === null)).toBe(true);
  });

  it('keeps each record deflated, read back as the article', async () => {
    const article = await store.articleById('aaaa0001', { now: AT, includeDrafts: false });
    expect(article).toBeDefined();
    const doc = inspect(
      (database) =>
        database
          .prepare<[string], { doc: Buffer }>('select doc from articles where id = ?')
          .get('aaaa0001')!.doc,
    );
    expect(Buffer.isBuffer(doc)).toBe(true);
    expect(reviveArticle(doc)).toEqual(article);
    expect(doc.length).toBeLessThan(Buffer.byteLength(serialise(article!)));
  });

  it('uses 16 KB pages and gives freed pages back after a bulk ingest', () => {
    const pragmas = inspect((database) => ({
      pageSize: database.pragma('page_size', { simple: true }),
      autoVacuum: database.pragma('auto_vacuum', { simple: true }),
      free: database.pragma('freelist_count', { simple: true }),
    }));
    expect(pragmas).toEqual({ pageSize: 16_384, autoVacuum: 2, free: 0 });
  });
});
