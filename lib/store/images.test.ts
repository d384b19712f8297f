import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskImage, DeskImagesStore } from './images-port';
import { deskImagesOf } from './kysely/images';
import type { KyselyContentStore } from './kysely/store';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');

/** Bytes of every value 0–255 (and a NUL first), so an engine that took them for text would fail. */
const BYTES = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7) % 256));

const image = (hash: string, overrides: Partial<DeskImage> = {}): DeskImage => ({
  hash,
  path: `/images/desk/2026/01/${hash.slice(0, 16)}.png`,
  type: 'image/png',
  width: 40,
  height: 20,
  bytes: BYTES,
  createdAt: T0,
  ...overrides,
});

/** One suite, both engines: the desk's uploaded images must not depend on the engine. */
describe.each(enginesFor('images'))('the desk images on $name', ({ open }) => {
  let store: KyselyContentStore;
  let images: DeskImagesStore;

  beforeAll(async () => {
    store = await open();
    images = deskImagesOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('keeps an image, bytes and all, under its path', async () => {
    const first = image('a'.repeat(64));
    expect(await images.putImage(first)).toBe(first.path);
    expect(await images.image(first.path)).toEqual(first);
    // The read port gives the bytes alone, as every instance reads them.
    expect(await store.storedImage(first.path)).toEqual(BYTES);
    expect(await images.image('/images/desk/2026/01/tidak-ada.png')).toBeUndefined();
    expect(await store.storedImage('/images/desk/2026/01/tidak-ada.png')).toBeUndefined();
  });

  it('keeps the same bytes once: a second upload, even in another month, gets the first path', async () => {
    const again = image('a'.repeat(64), {
      path: `/images/desk/2026/02/${'a'.repeat(16)}.png`,
      bytes: new Uint8Array([1, 2, 3]),
      createdAt: new Date('2026-02-01T00:00:00.000Z'),
    });
    expect(await images.putImage(again)).toBe(image('a'.repeat(64)).path);
    expect(await images.image(again.path)).toBeUndefined();
    expect(await store.storedImage(image('a'.repeat(64)).path)).toEqual(BYTES);
    const rows = await store.db.selectFrom('desk_images').select('hash').execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps other images beside it, each under its own path', async () => {
    const other = image('b'.repeat(64), {
      type: 'image/webp',
      path: `/images/desk/2026/01/${'b'.repeat(16)}.webp`,
      bytes: new Uint8Array([9, 0, 9]),
    });
    expect(await images.putImage(other)).toBe(other.path);
    expect(await images.image(other.path)).toEqual(other);
    expect(await images.image(image('a'.repeat(64)).path)).toEqual(image('a'.repeat(64)));
  });
});
