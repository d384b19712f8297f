import { readFile } from 'node:fs/promises';
import { publicImageFile } from '@/lib/content/paths';
import { cacheControl } from '@/lib/http/cache-control';
import { notFoundResponse } from '@/lib/http/responses';

/**
 * An image `npm run import:wordpress` copied under public/images/wp/ while this server runs.
 * Next lists public/ when it starts and serves only the files it listed; a file copied later
 * falls through to this route, which reads it from disk (so does the image optimiser, which
 * asks for it the same way). A file listed at the start never reaches it.
 */
export const dynamic = 'force-dynamic';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export async function GET(
  _request: Request,
  context: { params: Promise<{ file: string[] }> },
): Promise<Response> {
  const segments = (await context.params).file;
  const name = segments.join('/');
  const type = TYPES[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
  const safe =
    type !== undefined &&
    /^[A-Za-z0-9/_.-]+$/.test(name) &&
    segments.every((part) => part !== '' && part !== '.' && part !== '..');
  const file = safe ? publicImageFile(`/images/wp/${name}`) : undefined;
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
