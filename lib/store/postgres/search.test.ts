import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInto } from '../../ingest';
import type { KyselyContentStore } from '../kysely/store';
import { writeContractCorpus } from '../test-support/contract-corpus';
import { enginesFor } from '../test-support/engines';

/**
 * What PostgreSQL's search vector holds (decision 17): positions and weights where ts_rank reads
 * them, the body's words and the words as written without.
 */
describe('PostgreSQL: the search vector', () => {
  const postgres = enginesFor('vector').find((e) => e.name === 'postgres')!;
  let store: KyselyContentStore;

  beforeAll(async () => {
    store = await postgres.open();
    const root = mkdtempSync(path.join(os.tmpdir(), 'warta-vector-'));
    await writeContractCorpus(root);
    expect((await ingestInto(store, root, {})).problems).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  /** Each lexeme of an article's vector with its positions as PostgreSQL prints them. */
  async function lexemes(id: string): Promise<Map<string, string>> {
    const { rows } = await sql<{ lexeme: string; positions: number[] | null; weights: string[] }>`
      select lexeme, positions, weights from articles, unnest(search) where id = ${id}`.execute(
      store.db,
    );
    return new Map(
      rows.map((r) => [r.lexeme, (r.positions ?? []).map((p, i) => `${p}${r.weights[i]}`).join()]),
    );
  }

  it('keeps the title’s stems with their positions and weight A', async () => {
    const vector = await lexemes('aaaa0001');
    expect(vector.get('banjir')).toMatch(/^1A/);
    expect(vector.get('rendam')).toMatch(/^2A/);
  });

  it('keeps a word only the body has without a position, and the words as written too', async () => {
    const vector = await lexemes('aaaa0005');
    // "Pemerintahan" is only in the body: its stem and its spelling, both without positions.
    expect(vector.get('perintah')).toBe('');
    expect(vector.get('pemerintahan')).toBe('');
    // "korban" is in the title too: the title's position is kept.
    expect(vector.get('korban')).toMatch(/^\d+A/);
  });

  it('is written by a migration this engine alone has', async () => {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration
      where name = '0010_ranked_search_positions'`.execute(store.db);
    expect(rows).toHaveLength(1);
  });
});
