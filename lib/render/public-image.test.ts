import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicImageFile } from '../content/paths';
import { publicImageResponse } from './public-image';

let root: string;
/** The file on disk only, as on a machine whose store keeps no desk image. */
const find = async (src: string) => publicImageFile(src, root);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'warta-public-image-'));
  await mkdir(path.join(root, 'images', 'desk', '2024', '12'), { recursive: true });
  await writeFile(path.join(root, 'images', 'desk', '2024', '12', 'abc.jpg'), JPEG);
  await writeFile(path.join(root, 'images', 'desk', '2024', '12', 'notes.txt'), 'rahasia');
  await writeFile(path.join(root, 'secret.jpg'), JPEG);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('publicImageResponse', () => {
  it('serves an image written under its folder after the start, with its type', async () => {
    const response = await publicImageResponse('desk', ['2024', '12', 'abc.jpg'], find);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(JPEG);
  });

  it('reads only its own folder: another folder, a missing file are 404', async () => {
    expect((await publicImageResponse('wp', ['2024', '12', 'abc.jpg'], find)).status).toBe(404);
    expect((await publicImageResponse('desk', ['2024', '12', 'none.jpg'], find)).status).toBe(404);
  });

  it('refuses what is not an image by its name, and any way out of the folder', async () => {
    for (const segments of [
      ['2024', '12', 'notes.txt'],
      ['..', '..', '..', 'secret.jpg'],
      ['2024', '..', '..', '..', 'secret.jpg'],
      ['', 'secret.jpg'],
      ['2024', '12', 'abc.jpg\0'],
      ['2024', '12', '%2e%2e', 'abc.jpg'],
    ]) {
      expect((await publicImageResponse('desk', segments, find)).status, segments.join('/')).toBe(
        404,
      );
    }
  });
});
