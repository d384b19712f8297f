import { ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';

/**
 * The response class of Warta's server (passed to `http.createServer`): every answer up to
 * WHOLE_RESPONSE_BYTES leaves in one write to the socket, and an answer can be watched on its
 * way out (answer-capture.ts) without replacing any method.
 *
 * Why whole: Next sends a route handler's Response in three writes: the headers
 * (`flushHeaders()`), the body on the next tick, and the end of the chunked body once the socket
 * has drained. An instance that dies between two of them (killed, out of memory) leaves the front
 * cache with a header it has already passed to the client and a body cut short: no proxy can
 * retry that, and the reader gets a broken page. Written in one piece, an answer is either wholly
 * in the kernel (which delivers it even after the process is gone) or not started, and nginx
 * retries an answer not started on the other instance (deploy/nginx, `proxy_next_upstream`).
 *
 * How: when headers are flushed, the socket is corked until the next tick, so the body and the
 * chunked end written in the same tick join them; and the server's sockets accept
 * WHOLE_RESPONSE_BYTES before they report backpressure (`serverOptions`), so Next does not wait
 * for a drain between the body and the end. Larger answers stream with backpressure.
 */

/** Answers up to this size go out whole; larger ones (big images) stream in pieces. */
export const WHOLE_RESPONSE_BYTES = 1 << 20;

/** What watches an answer: its head when written, and each piece of its body as sent. */
export interface AnswerTap {
  head(headers: OutgoingHttpHeaders | undefined): void;
  chunk(chunk: unknown, encoding: unknown): void;
}

export class WholeResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  private tap: AnswerTap | undefined;
  private forcedStatus: number | undefined;

  /**
   * Sends `status` whatever status the handler writes: the request gate's documents are pages
   * Next renders and caches as 200 (it keeps no 400 or 405 of a route handler), sent with the
   * status they stand for.
   */
  sendStatus(status: number): void {
    this.forcedStatus = status;
    this.statusCode = status;
  }

  /** Watches this answer (one watcher; a second replaces the first). */
  watch(tap: AnswerTap): void {
    this.tap = tap;
  }

  override flushHeaders(): void {
    const socket = this.socket;
    if (socket && !socket.writableCorked) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    super.flushHeaders();
  }

  override writeHead(statusCode: number, ...rest: unknown[]): this {
    if (this.tap) {
      const headers = rest.find((arg) => typeof arg === 'object' && arg && !Array.isArray(arg));
      this.tap.head(headers as OutgoingHttpHeaders | undefined);
    }
    if (this.forcedStatus === undefined) {
      return (super.writeHead as (...args: unknown[]) => this)(statusCode, ...rest);
    }
    // The reason phrase written for the handler's status is not this status's.
    const args = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    return (super.writeHead as (...args: unknown[]) => this)(this.forcedStatus, ...args);
  }

  override write(chunk: unknown, ...rest: unknown[]): boolean {
    this.tap?.chunk(chunk, rest[0]);
    return (super.write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }

  override end(...args: unknown[]): this {
    this.tap?.chunk(args[0], args[1]);
    return (super.end as (...args: unknown[]) => this)(...args);
  }
}

/**
 * Request heads up to this size are read (Node's default is 16 KiB): a long URL then reaches the
 * request gate, which answers it with the site's 400 document instead of Node's bare 431.
 */
export const MAX_HEADER_BYTES = 256 * 1024;

/** The options of Warta's HTTP server: answers leave whole, long URLs reach the gate. */
export const serverOptions = {
  ServerResponse: WholeResponse,
  highWaterMark: WHOLE_RESPONSE_BYTES,
  maxHeaderSize: MAX_HEADER_BYTES,
} as const;
