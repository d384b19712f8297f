import type { OutgoingHttpHeaders } from 'node:http';
import type { WholeResponse } from './whole-response';

/** What an answer was, once sent in full. */
export interface CapturedAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

function chunkBytes(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  }
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return undefined;
}

/**
 * Watches an answer on its way out through its response's tap (after any compression Next
 * applies, which wraps the response's methods and calls them) and calls `done` with its status, headers and body once it was sent in full, or
 * with undefined if it was cut short, grew past `maxBytes`, or was not `worthKeeping` by the
 * status and headers it had when its body began (then nothing of the body is held).
 */
export function captureAnswer(
  response: WholeResponse,
  done: (answer?: CapturedAnswer) => void,
  worthKeeping: (status: number, headers: OutgoingHttpHeaders) => boolean = () => true,
  maxBytes = Number.POSITIVE_INFINITY,
): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let judged = false;
  let givenUp = false;
  let passedHeaders: OutgoingHttpHeaders = {};
  const headersNow = () => ({ ...passedHeaders, ...response.getHeaders() });
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!judged) {
      judged = true;
      givenUp = !worthKeeping(response.statusCode, headersNow());
    }
    if (givenUp || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const piece = chunkBytes(chunk, encoding);
    if (!piece) return;
    bytes += piece.length;
    if (bytes > maxBytes) {
      givenUp = true;
      chunks.length = 0;
    } else {
      // A view: the writer hands the socket the same bytes and does not change them after.
      chunks.push(piece);
    }
  };
  response.watch({
    head(headers) {
      if (headers) passedHeaders = headers;
    },
    chunk: keep,
  });
  let settled = false;
  response.once('finish', () => {
    settled = true;
    if (givenUp) return done(undefined);
    done({
      status: response.statusCode,
      headers: headersNow(),
      body: Buffer.concat(chunks, bytes),
    });
  });
  response.once('close', () => {
    if (!settled) done(undefined);
  });
}
