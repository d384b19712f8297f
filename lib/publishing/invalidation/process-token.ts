import { randomBytes } from 'node:crypto';

const KEY = Symbol.for('warta.publishing.processToken');
type Holder = { [KEY]?: string };

/**
 * A random token for this server process: its watcher and scheduler (started from
 * instrumentation, outside any request) present it to its own /api/revalidate, because Next
 * revalidates only inside a request. Shared through globalThis, since the instrumentation
 * hook and the route handlers are separate bundles in one process.
 */
export function processToken(): string {
  const holder = globalThis as Holder;
  holder[KEY] ??= randomBytes(32).toString('base64url');
  return holder[KEY];
}
