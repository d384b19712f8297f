import type { ContentChange } from '../ingest-port';

export const REVALIDATE_PATH = '/api/revalidate';

/**
 * This server's own origin on the loopback interface: PORT (3000 when unset) and HOSTNAME from
 * the environment (server.ts's -p and -H do not set them).
 */
export function selfOrigin(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const host = env.HOSTNAME?.trim();
  const local = !host || ['0.0.0.0', '::', 'localhost'].includes(host);
  const name = local ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${env.PORT?.trim() || '3000'}`;
}

/**
 * Asks a server (this one, or a peer) to revalidate the caches for changes already stored.
 * Retried a few times: at start-up the first batch may come before the server listens.
 */
export async function requestRevalidation(
  origin: string,
  bearer: string,
  changes: ContentChange[],
  { attempts = 4, delayMs = 500, fetchFn = fetch } = {},
): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetchFn(new URL(REVALIDATE_PATH, origin), {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ changes }),
        signal: AbortSignal.timeout(30_000),
      });
      await response.body?.cancel();
      if (response.ok) return;
      lastError = new Error(`${REVALIDATE_PATH} HTTP ${response.status}`);
      if (response.status < 500) break;
    } catch (error) {
      lastError = error;
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, delayMs * attempt));
  }
  throw lastError;
}
