/**
 * A request's body read within a size limit, for what takes a body: the publish endpoint's JSON
 * and the desk's forms.
 */

/** What readBodyText answers for a body over its limit. */
export const TOO_LARGE = Symbol('too large');

/**
 * A request body as UTF-8 text of at most `limit` bytes. A declared Content-Length over the limit
 * is refused before anything is read; a chunked (or understated) body is counted in bytes as it
 * arrives and abandoned as soon as it passes the limit. Undefined for a body that is not UTF-8.
 */
export async function readBodyText(
  request: Request,
  limit: number,
): Promise<string | undefined | typeof TOO_LARGE> {
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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    return undefined;
  }
}
