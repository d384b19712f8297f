import type { Metadata } from 'next';
import { UnavailableView } from '@/components/pages/unavailable-view';
import { cacheControl, RETRY_AFTER_SECONDS } from '@/lib/http/cache-control';
import { isStoreUnavailable } from '@/lib/store';
import { strings } from '@/lib/strings';
import { renderDocument } from './render-document';

/**
 * A reader page that cannot be rendered because the content store is unreachable answers 503 in
 * the site's own document, never Next's bare 500 or a stack trace. Nothing may keep it: no
 * browser or front cache (`no-store`; nginx never caches a 5xx and serves its stale copy
 * instead), and not the shared cache (lib/cache refuses 5xx entries, so an ISR page keeps its
 * last good version and the next request renders again). Any other error is rethrown.
 */

const unavailableMetadata: Metadata = {
  title: strings.unavailableTitle,
  robots: { index: false, follow: false },
};

export function renderUnavailable(): Promise<Response> {
  return renderDocument({
    metadata: unavailableMetadata,
    body: <UnavailableView />,
    footer: null,
    status: 503,
    headers: {
      'Cache-Control': cacheControl.never,
      'Retry-After': String(RETRY_AFTER_SECONDS),
    },
  });
}

/** Logged once per outage, not once per request. */
let reported = false;

/** The one error path of every reader route handler: `export const GET = readerRoute(…)`. */
export function readerRoute<Args extends unknown[]>(
  handler: (...args: Args) => Response | Promise<Response>,
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
      return renderUnavailable();
    }
  };
}
