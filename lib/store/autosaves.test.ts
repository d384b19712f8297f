import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutosavesStore } from './drafts-port';
import { autosavesOf } from './kysely/drafts';
import type { KyselyContentStore } from './kysely/store';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');

/** One suite, both engines: the desk's autosaves, one per article and person. */
describe.each(enginesFor('autosaves'))('the desk autosaves on $name', ({ open }) => {
  let store: KyselyContentStore;
  let autosaves: AutosavesStore;

  beforeAll(async () => {
    store = await open();
    autosaves = autosavesOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('keeps one per article and person, replaced by the next, and forgets it', async () => {
    const fields = { title: 'Judul', body: 'Baris <b>satu</b>\n\ndua' };
    await autosaves.putAutosave({ articleId: 'a1', userId: 'u1', fields, savedAt: T0 });
    await autosaves.putAutosave({ articleId: '', userId: 'u1', fields: {}, savedAt: T0 });
    expect(await autosaves.autosave('a1', 'u1')).toEqual({
      articleId: 'a1',
      userId: 'u1',
      fields,
      savedAt: T0,
    });
    expect(await autosaves.autosave('a1', 'u2')).toBeUndefined();
    const later = new Date(T0.getTime() + 5_000);
    await autosaves.putAutosave({
      articleId: 'a1',
      userId: 'u1',
      fields: { title: 'B' },
      savedAt: later,
    });
    expect(await autosaves.autosave('a1', 'u1')).toMatchObject({
      fields: { title: 'B' },
      savedAt: later,
    });
    await autosaves.deleteAutosave('a1', 'u1');
    expect(await autosaves.autosave('a1', 'u1')).toBeUndefined();
    expect(await autosaves.autosave('', 'u1')).toMatchObject({ articleId: '' });
  });
});
