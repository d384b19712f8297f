import { readFile } from 'node:fs/promises';
import { cacheControl } from '../http/cache-control';
import { notFoundResponse } from '../http/responses';
import { publicImagePath } from '../queries';

/**
 * An image under public/images/<folder>/ that Next does not serve itself. Next lists public/ when
 * it starts and serves only the files it listed; a file that came later (an image
 * `npm run import:wordpress` copied, an upload from the desk) falls through to a route that reads
 * it from disk, and so does the image optimiser, which asks for it the same way. A desk upload
 * another instance received is written here from the store first (lib/store/public-images.ts).
 */

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export async function publicImageResponse(
  folder: string,
  segments: readonly string[],
  find: (src: string) => Promise<string | undefined> = publicImagePath,
): Promise<Response> {
  const name = segments.join('/');
  const type = TYPES[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
  const safe =
    type !== undefined &&
    /^[A-Za-z0-9/_.-]+$/.test(name) &&
    segments.every((part) => part !== '' && part !== '.' && part !== '..');
  const file = safe ? await find(`/images/${folder}/${name}`) : undefined;
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
