/**
 * A request's body read within a size limit, for what takes a body: the publish endpoint's JSON
 * and the desk's forms.
 */

/** What readBodyText answers for a body over its limit. */
export const TOO_LARGE = Symbol('too large');

/**
 * A request body's bytes, at most `limit` of them. A declared Content-Length over the limit is
 * refused before anything is read; a chunked (or understated) body is counted as it arrives and
 * abandoned as soon as it passes the limit. Undefined for a body that breaks off.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Buffer | undefined | typeof TOO_LARGE> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    return TOO_LARGE;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => undefined);
          return TOO_LARGE;
        }
        chunks.push(value);
      }
    } catch {
      return undefined;
    }
  }
  return Buffer.concat(chunks, size);
}

/**
 * A request body as UTF-8 text of at most `limit` bytes (read as readBodyBytes reads it).
 * Undefined for a body that is not UTF-8 (or breaks off).
 */
export async function readBodyText(
  request: Request,
  limit: number,
): Promise<string | undefined | typeof TOO_LARGE> {
  const bytes = await readBodyBytes(request, limit);
  if (bytes === TOO_LARGE || bytes === undefined) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
