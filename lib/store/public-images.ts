import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { publicImageFile, publicRoot } from '../content/paths';
import { DESK_IMAGES_PREFIX } from './images-port';
import type { ContentStore } from './port';

/**
 * Images under public/ on this machine, desk uploads included. An image uploaded from the desk
 * is written where the upload arrived and kept in the store; another instance (or the same one
 * on a fresh checkout) lacks the file until something needs it: then it is written from the
 * store under the same path, once, and from then on it is a file like any other (the ingest's
 * image check, crops, share images and the image optimiser read files).
 */

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The file of a public image ("/images/…") on this machine, written from the store first when
 * it is a desk image the store keeps and the file is not there; undefined when there is none.
 * The store is asked (`storedImage`) only then: any other image is a file or missing.
 */
export async function localPublicImage(
  src: string,
  storedImage: ContentStore['storedImage'],
  root = publicRoot(),
): Promise<string | undefined> {
  const file = publicImageFile(src, root);
  if (!file) return undefined;
  if (await isFile(file)) return file;
  if (!src.startsWith(DESK_IMAGES_PREFIX)) return undefined;
  const bytes = await storedImage(src);
  if (!bytes) return undefined;
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside and renamed: a reader (or another request writing the same file) never sees
  // half of it.
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(aside, bytes);
    await rename(aside, file);
  } finally {
    await rm(aside, { force: true });
  }
  return file;
}
