import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskDraft, DraftsStore } from './drafts-port';
import { draftsOf } from './kysely/drafts';
import type { KyselyContentStore } from './kysely/store';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const draft = (id: string, overrides: Partial<DeskDraft> = {}): DeskDraft => ({
  id,
  title: `Judul ${id}`,
  fields: { title: `Judul ${id}`, body: 'Paragraf <script>x</script>\n\nkedua' },
  state: 'draft',
  ownerId: 'u1',
  createdAt: T0,
  updatedAt: T0,
  updatedBy: 'u1',
  ...overrides,
});

/** One suite, both engines: the desk's drafts must not depend on the engine. */
describe.each(enginesFor('drafts'))('the desk drafts on $name', ({ open }) => {
  let store: KyselyContentStore;
  let drafts: DraftsStore;

  beforeAll(async () => {
    store = await open();
    drafts = draftsOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('keeps a draft as typed, fields and all, and finds it by id', async () => {
    await drafts.putDraft(draft('a1'));
    expect(await drafts.draft('a1')).toEqual(draft('a1'));
    expect(await drafts.draft('nope')).toBeUndefined();
  });

  it('replaces a draft on save, keeping its owner and creation', async () => {
    await drafts.putDraft(
      draft('a1', {
        title: 'Baru',
        fields: { title: 'Baru' },
        state: 'review',
        ownerId: 'someone-else',
        createdAt: minutes(5),
        updatedAt: minutes(5),
        updatedBy: 'u2',
      }),
    );
    expect(await drafts.draft('a1')).toEqual({
      ...draft('a1'),
      title: 'Baru',
      fields: { title: 'Baru' },
      state: 'review',
      updatedAt: minutes(5),
      updatedBy: 'u2',
    });
  });

  it('lists the most recently saved first, at most `limit`', async () => {
    await drafts.putDraft(draft('b2', { updatedAt: minutes(10) }));
    await drafts.putDraft(draft('c3', { updatedAt: minutes(1) }));
    expect((await drafts.drafts(10)).map((d) => d.id)).toEqual(['b2', 'a1', 'c3']);
    expect((await drafts.drafts(2)).map((d) => d.id)).toEqual(['b2', 'a1']);
  });

  it('deletes a draft', async () => {
    await drafts.deleteDraft('b2');
    await drafts.deleteDraft('not-there');
    expect((await drafts.drafts(10)).map((d) => d.id)).toEqual(['a1', 'c3']);
  });
});
