import { readFile } from 'node:fs/promises';
import { publicImageFile, publicRoot } from '../content/paths';
import { cacheControl } from './cache-control';
import { notFoundResponse } from './responses';

/**
 * An image written under public/images/<folder>/ while the server runs: by
 * `npm run import:wordpress` (`wp`) or by the desk's upload form (`desk`). Next lists public/
 * when it starts and serves only the files it listed; a file written later falls through to the
 * route of its folder (app/images/<folder>/[...file]), which reads it from disk here (so does
 * the image optimiser, which asks for it the same way). A file listed at the start never
 * reaches it.
 */
export type LateImageFolder = 'wp' | 'desk';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export async function latePublicImage(
  folder: LateImageFolder,
  segments: readonly string[],
  root: string = publicRoot(),
): Promise<Response> {
  const name = segments.join('/');
  const type = TYPES[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
  const safe =
    type !== undefined &&
    /^[A-Za-z0-9/_.-]+$/.test(name) &&
    segments.every((part) => part !== '' && part !== '.' && part !== '..');
  const file = safe ? publicImageFile(`/images/${folder}/${name}`, root) : undefined;
  if (!file) return notFoundResponse();
  try {
    const bytes = await readFile(file);
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': type!, 'Cache-Control': cacheControl.publicImages },
    });
  } catch {
    return notFoundResponse();
  }
}
