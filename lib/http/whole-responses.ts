import { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Every answer of a `next start` instance leaves in one write to the socket: status line,
 * headers, body and the final chunk together.
 *
 * Why: Next sends a route handler's Response in three writes: the headers (`flushHeaders()`),
 * the body on the next tick, and the end of the chunked body once the socket has drained. An
 * instance that dies between two of them (killed, out of memory) leaves the front cache with a
 * header it has already passed to the client and a body cut short: no proxy can retry that, and
 * the reader gets a broken page. Written in one piece, an answer is either wholly in the kernel
 * (which delivers it even after the process is gone) or not started, and nginx retries an answer
 * not started on the other instance (deploy/nginx, `proxy_next_upstream`).
 *
 * How: when headers are flushed, the socket is corked until the next tick, so the body and the
 * chunked end written in the same tick join them; and the socket accepts up to
 * WHOLE_RESPONSE_BYTES before it reports backpressure, so Next does not wait for a drain between
 * the body and the end. Larger answers stream with backpressure, as before. The socket's
 * high-water mark is set at its creation (Next creates the server before `register()` runs), so
 * it is raised on the socket's writable state, where Node keeps it; feature-checked.
 */

/** Answers up to this size go out whole; larger ones (big images) stream in pieces. */
export const WHOLE_RESPONSE_BYTES = 1 << 20;

const installed = Symbol.for('warta.wholeResponses');

interface WritableStateHolder {
  _writableState?: { highWaterMark?: unknown };
}

function acceptWholeResponses(socket: Socket): void {
  const state = (socket as unknown as WritableStateHolder)._writableState;
  if (
    state &&
    typeof state.highWaterMark === 'number' &&
    state.highWaterMark < WHOLE_RESPONSE_BYTES
  ) {
    state.highWaterMark = WHOLE_RESPONSE_BYTES;
  }
}

/** Installs the behaviour for every response of this process; a second call does nothing. */
export function sendResponsesWhole(): void {
  const prototype = ServerResponse.prototype as ServerResponse & { [installed]?: true };
  if (prototype[installed]) return;
  const flushHeaders = prototype.flushHeaders;
  prototype.flushHeaders = function flushHeadersWithBody(this: ServerResponse) {
    const socket = this.socket;
    if (socket && !socket.writableCorked) {
      acceptWholeResponses(socket);
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    flushHeaders.call(this);
  };
  prototype[installed] = true;
}
