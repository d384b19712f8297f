import type { Page } from '@playwright/test';

const STUB = '<!doctype html><title>Pemutar uji</title><p>Pemutar uji</p>';

/**
 * Routes every request of a page: this origin as is, the given player hosts to a stub page
 * ("Pemutar uji"), anything else refused, so nothing leaves the machine. Returns the list of
 * requests that left the origin, filled as they are made.
 */
export async function offline(
  page: Page,
  baseURL: string | undefined,
  playerHosts: ReadonlySet<string>,
): Promise<string[]> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const offsite: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    offsite.push(url.href);
    if (playerHosts.has(url.host)) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STUB });
    }
    return route.abort('blockedbyclient');
  });
  return offsite;
}
