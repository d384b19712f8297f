import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localPublicImage } from './public-images';

/** A store holding `kept` (path → bytes), recording what it was asked. */
function storeWith(kept: Record<string, Uint8Array>) {
  const asked: string[] = [];
  return {
    asked,
    storedImage: async (src: string) => {
      asked.push(src);
      return kept[src];
    },
  };
}

const BYTES = new Uint8Array([0, 1, 2, 250, 255]);
const SRC = '/images/desk/2026/01/0123456789abcdef.jpg';

describe('localPublicImage', () => {
  it('answers a file that is there without asking the store', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'warta-public-'));
    await mkdir(path.join(root, 'images', 'desk', '2026', '01'), { recursive: true });
    await writeFile(path.join(root, ...SRC.split('/')), 'ada');
    const store = storeWith({});
    expect(await localPublicImage(SRC, store.storedImage, root)).toBe(
      path.join(root, ...SRC.split('/')),
    );
    expect(store.asked).toEqual([]);
  });

  it('writes a desk image the store keeps under its path, whole, and answers that file', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'warta-public-'));
    const store = storeWith({ [SRC]: BYTES });
    const file = await localPublicImage(SRC, store.storedImage, root);
    expect(file).toBe(path.join(root, ...SRC.split('/')));
    expect(new Uint8Array(await readFile(file!))).toEqual(BYTES);
    // Nothing left aside, and the second time it is a file like any other.
    expect(await readdir(path.dirname(file!))).toEqual(['0123456789abcdef.jpg']);
    expect(await localPublicImage(SRC, store.storedImage, root)).toBe(file);
    expect(store.asked).toEqual([SRC]);
  });

  it('answers undefined for a desk image the store does not keep, and writes nothing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'warta-public-'));
    expect(await localPublicImage(SRC, storeWith({}).storedImage, root)).toBeUndefined();
    expect(await readdir(root)).toEqual([]);
  });

  it('asks the store only for desk images, never for a path outside public/', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'warta-public-'));
    const store = storeWith({ '/images/articles/x.jpg': BYTES, '/../x.jpg': BYTES });
    expect(
      await localPublicImage('/images/articles/x.jpg', store.storedImage, root),
    ).toBeUndefined();
    expect(await localPublicImage('/../x.jpg', store.storedImage, root)).toBeUndefined();
    expect(store.asked).toEqual([]);
    expect(await readdir(root)).toEqual([]);
  });
});
