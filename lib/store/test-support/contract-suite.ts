import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { KyselyContentStore } from '../kysely/store';
import type { Visibility } from '../port';
import { AT, writeContractCorpus } from './contract-corpus';
import { enginesFor } from './engines';

/**
 * The store's contract suite, one suite for every adapter: what the store answers must not
 * depend on the engine. Its files (lib/store/contract.*.test.ts) each describe their part
 * through describeContract, and read with the visibilities and helpers below.
 */

export const production: Visibility = { now: AT, includeDrafts: false };
export const development: Visibility = { now: AT, includeDrafts: true };
export const later: Visibility = {
  now: new Date('2024-12-31T00:00:00+07:00'),
  includeDrafts: false,
};
export const ids = (articles: { id: string }[]) => articles.map((a) => a.id);
export const page = (n: number, perPage = 2) => ({ page: n, perPage });

/**
 * How a store is filled from a content folder: the ingest, handed in by the test file (tests may
 * import from lib/ingest; the store's own modules may not).
 */
type Ingest = (
  store: KyselyContentStore,
  root: string,
  options: Record<string, never>,
) => Promise<{ problems: unknown[] }>;

/** Stands for the store `current()` returns once open: every property read goes to that store. */
function openedStore(current: () => KyselyContentStore | undefined): KyselyContentStore {
  return new Proxy({} as KyselyContentStore, {
    get(_, property) {
      const store = current();
      if (!store) throw new Error('the contract store opens before the first test');
      const value: unknown = Reflect.get(store, property);
      return typeof value === 'function' ? value.bind(store) : value;
    },
  });
}

/**
 * `suite` once per engine (`database`: the suffix of this file's PostgreSQL database), on a
 * store holding the contract corpus, written to `root` and ingested before the first test.
 */
export function describeContract(
  title: string,
  database: string,
  ingest: Ingest,
  suite: (store: KyselyContentStore, root: string) => void,
): void {
  describe.each(enginesFor(database))(`${title} on $name`, ({ open }) => {
    let store: KyselyContentStore | undefined;
    const root = mkdtempSync(path.join(os.tmpdir(), 'warta-contract-'));

    beforeAll(async () => {
      store = await open();
      await writeContractCorpus(root);
      const { problems } = await ingest(store, root, {});
      expect(problems).toEqual([]);
    }, 60_000);

    afterAll(async () => {
      await store?.close();
    });

    suite(
      openedStore(() => store),
      root,
    );
  });
}
