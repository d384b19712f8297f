import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyContentStore } from './kysely/store';
import { presenceOf, revisionsOf } from './kysely/revisions';
import type { DeskRevision, PresenceStore, RevisionsStore } from './revisions-port';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const revision = (number: number, overrides: Partial<DeskRevision> = {}): DeskRevision => ({
  articleId: 'a1',
  number,
  action: 'saved',
  fields: { title: `Judul ${number}`, body: 'Paragraf <script>x</script>\n\nkedua' },
  authorId: 'u1',
  at: minutes(number),
  ...overrides,
});

/** One suite, both engines: the desk's revisions and presence must not depend on the engine. */
describe.each(enginesFor('revisions'))('the desk revisions on $name', ({ open }) => {
  let store: KyselyContentStore;
  let revisions: RevisionsStore;
  let presence: PresenceStore;

  beforeAll(async () => {
    store = await open();
    revisions = revisionsOf(store);
    presence = presenceOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('keeps a revision as given, and finds it by article and number', async () => {
    expect(await revisions.latestRevision('a1')).toBeUndefined();
    expect(await revisions.addRevision(revision(1))).toBe(true);
    expect(await revisions.revision('a1', 1)).toEqual(revision(1));
    expect(await revisions.revision('a1', 2)).toBeUndefined();
    expect(await revisions.revision('other', 1)).toBeUndefined();
  });

  it('refuses a second revision of the same number, and changes nothing', async () => {
    expect(await revisions.addRevision(revision(1, { authorId: 'u2', fields: {} }))).toBe(false);
    expect(await revisions.revision('a1', 1)).toEqual(revision(1));
  });

  it('numbers each article apart; the newest is the highest number; lists newest first', async () => {
    expect(await revisions.addRevision(revision(2, { action: 'submitted' }))).toBe(true);
    expect(await revisions.addRevision(revision(3, { action: 'restored', restoredFrom: 1 }))).toBe(
      true,
    );
    expect(await revisions.addRevision(revision(1, { articleId: 'b2' }))).toBe(true);
    expect(await revisions.latestRevision('a1')).toEqual(
      revision(3, { action: 'restored', restoredFrom: 1 }),
    );
    const listed = await revisions.revisions('a1', 10);
    expect(listed.map((r) => [r.number, r.action, r.restoredFrom])).toEqual([
      [3, 'restored', 1],
      [2, 'submitted', undefined],
      [1, 'saved', undefined],
    ]);
    expect(listed[0]).toEqual({
      articleId: 'a1',
      number: 3,
      action: 'restored',
      authorId: 'u1',
      at: minutes(3),
      restoredFrom: 1,
    });
    expect((await revisions.revisions('a1', 2)).map((r) => r.number)).toEqual([3, 2]);
  });

  it('drops a claimed revision', async () => {
    await revisions.dropRevision('a1', 3);
    expect((await revisions.latestRevision('a1'))?.number).toBe(2);
    expect((await revisions.latestRevision('b2'))?.number).toBe(1);
  });

  it('records who has an article open, refreshes it, and forgets the old', async () => {
    await presence.seen({ articleId: 'a1', userId: 'u1', seenAt: minutes(0) });
    await presence.seen({ articleId: 'a1', userId: 'u2', seenAt: minutes(1) });
    await presence.seen({ articleId: 'b2', userId: 'u3', seenAt: minutes(1) });
    expect(await presence.seenSince('a1', minutes(0))).toEqual([
      { articleId: 'a1', userId: 'u2', seenAt: minutes(1) },
      { articleId: 'a1', userId: 'u1', seenAt: minutes(0) },
    ]);
    await presence.seen({ articleId: 'a1', userId: 'u1', seenAt: minutes(5) });
    expect((await presence.seenSince('a1', minutes(2))).map((p) => p.userId)).toEqual(['u1']);
    await presence.forgetBefore(minutes(2));
    expect((await presence.seenSince('a1', minutes(0))).map((p) => p.userId)).toEqual(['u1']);
    expect(await presence.seenSince('b2', minutes(0))).toEqual([]);
  });
});
