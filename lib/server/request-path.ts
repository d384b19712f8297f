import type { IncomingMessage } from 'node:http';
import { cacheControl } from '../http/cache-control';
import {
  GATE_STATUSES,
  gateDocumentPath,
  READER_METHODS,
  type GateStatus,
} from '../http/gate-statuses';
import { keepInMicroCache, sendFromMicroCache, type MicroCache } from '../http/micro-cache';
import type { RouteLookup } from './reader-routes';
import { judgeRequest } from './request-gate';
import type { WholeResponse } from '../http/whole-response';

/** Next's request handler (`next({ … }).getRequestHandler()`), or anything that answers like it. */
export type RequestHandler = (request: IncomingMessage, response: WholeResponse) => Promise<void>;

export interface RequestPathParts {
  /** Answers what the steps before it let through. */
  next: RequestHandler;
  /** This process's one-second cache of public answers (micro-cache.ts); none when off. */
  microCache?: MicroCache;
  /** Whether a path can be a page (reader-routes.ts); without it every path reaches Next. */
  lookup?: (segments: string[], rawUrl: string) => Promise<RouteLookup>;
}

/** A request that carries a body the answer will not read. */
function carriesBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (
    (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
  );
}

/**
 * The path every request takes through Warta's server, in order:
 *
 * 1. the micro-cache (micro-cache.ts): a public answer sent less than a second ago is sent again
 *    from memory (only answers to requests the gate let through are ever kept, so a kept one
 *    needs no second judgement);
 * 2. the request gate (request-gate.ts): a URL that cannot be read gets 400, a method a reader
 *    page does not take 405 (`Allow: GET, HEAD`), before any render is touched;
 * 3. the route lookup (reader-routes.ts): a path that cannot be a page gets 404, an imported
 *    site's old address 308 to where its content lives now, a wrong article
 *    slug goes to the article's id-only URL;
 * 4. Next's handler, which renders or serves its cache.
 *
 * The gate's answers are the site's own documents for their status, one URL each
 * (gate-statuses.ts), so they pass through the micro-cache and Next's cache like any page and
 * never add an entry per requested URL. Answers leave whole (whole-response.ts).
 */
export function requestPath({ next, microCache, lookup }: RequestPathParts) {
  function answerWithStatus(request: IncomingMessage, response: WholeResponse, status: GateStatus) {
    response.sendStatus(status);
    if (status === 405) response.setHeader('Allow', READER_METHODS);
    // A body the answer never reads is not worth keeping the connection for.
    if (carriesBody(request)) response.shouldKeepAlive = false;
    request.url = gateDocumentPath(status);
    if (request.method !== 'HEAD') request.method = 'GET';
    return toNext(request, response);
  }

  /** Next answers, unless the micro-cache holds its answer; a GET's answer is then kept. */
  function toNext(request: IncomingMessage, response: WholeResponse): Promise<void> {
    if (microCache) {
      if (sendFromMicroCache(microCache, request, response)) return Promise.resolve();
      keepInMicroCache(microCache, request, response);
    }
    return next(request, response);
  }

  return async function answer(request: IncomingMessage, response: WholeResponse): Promise<void> {
    // A kept answer goes first: its key's URL passed the gate when the answer was kept (or is a
    // gate document's own URL), and the gate's verdict depends on nothing but method and URL.
    if (microCache && sendFromMicroCache(microCache, request, response)) return;
    const verdict = judgeRequest(request.method, request.url);
    if (verdict.kind === 'reject') return answerWithStatus(request, response, verdict.status);
    // The gate's documents asked for by their own URL carry their status too.
    const [first, second, code] = verdict.segments;
    if (first === '_warta' && second === 'galat') {
      const status = GATE_STATUSES.find((known) => String(known) === code) ?? 404;
      return answerWithStatus(request, response, status);
    }
    if (lookup && !verdict.ownMethods) {
      let found: RouteLookup = 'found';
      try {
        found = await lookup(verdict.segments, request.url ?? '');
      } catch {
        // The store is unreachable: Next's route answers its 503, which nothing keeps.
      }
      if (found === 'missing') return answerWithStatus(request, response, 404);
      if (typeof found === 'object' && 'redirect' in found) {
        // An old address of an imported site: where its content lives now, kept by caches
        // like a page (one entry per old address the import wrote).
        response.writeHead(308, {
          Location: found.redirect,
          'Cache-Control': cacheControl.oldAddress,
        });
        response.end();
        return;
      }
      if (typeof found === 'object') request.url = found.rewrite;
    }
    return toNext(request, response);
  };
}
