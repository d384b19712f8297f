import type { Metadata } from 'next';
import { StatusView } from '@/components/pages/status-view';
import { cacheControl, RETRY_AFTER_SECONDS } from '@/lib/http/cache-control';
import { isStoreUnavailable } from '@/lib/store';
import { strings } from '@/lib/strings';
import { renderDocument } from './render-document';

/**
 * A route that cannot answer because the content store is unreachable answers 503, never Next's
 * bare 500 or a stack trace: a reader page in the site's own document, a feed, sitemap or image
 * in a line of plain text. Nothing may keep it: no browser or front cache (`no-store`; nginx
 * never caches a 5xx and serves its stale copy instead), and not the shared cache (lib/cache
 * refuses 5xx entries, so an ISR response keeps its last good version and the next request
 * renders again). Any other error is rethrown.
 */

/** What every 503 carries: kept nowhere, and when to ask again. */
export const UNAVAILABLE_HEADERS = {
  'Cache-Control': cacheControl.never,
  'Retry-After': String(RETRY_AFTER_SECONDS),
} as const;

const unavailableMetadata: Metadata = {
  title: strings.unavailableTitle,
  robots: { index: false, follow: false },
};

/** The 503 page. It reads nothing from the store: its header is the wordmark, it has no footer. */
export function renderUnavailable(): Promise<Response> {
  return renderDocument({
    metadata: unavailableMetadata,
    body: (
      <StatusView
        code={503}
        title={strings.unavailableTitle}
        text={[strings.unavailableText, strings.unavailableRetry]}
        header="wordmark"
      />
    ),
    footer: null,
    status: 503,
    headers: UNAVAILABLE_HEADERS,
  });
}

/** The 503 of a machine-read route (feed, sitemap, image): one line for whoever reads the log. */
export function unavailableText(): Response {
  return new Response(`${strings.unavailableMachine}\n`, {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...UNAVAILABLE_HEADERS },
  });
}

/** How a route answers while the store is down: the site's 503 page, or plain text. */
export type UnavailableAnswer = 'document' | 'text';

const answers: Record<UnavailableAnswer, () => Response | Promise<Response>> = {
  document: renderUnavailable,
  text: unavailableText,
};

/** Logged once per outage, not once per request. */
let reported = false;

/**
 * The one error path of every route handler that reads the store:
 * `export const GET = storeRoute(…)` for a reader page, `storeRoute(…, 'text')` for the rest.
 */
export function storeRoute<Args extends unknown[]>(
  handler: (...args: Args) => Response | Promise<Response>,
  answer: UnavailableAnswer = 'document',
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      const response = await handler(...args);
      reported = false;
      return response;
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      if (!reported) {
        reported = true;
        console.error(
          strings.unavailableLog(error instanceof Error ? error.message : String(error)),
        );
      }
      return answers[answer]();
    }
  };
}
