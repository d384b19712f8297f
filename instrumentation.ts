/**
 * Runs once when a Next.js server starts: every answer is set to leave in one write
 * (lib/http/whole-responses: an instance killed mid-answer never leaves half a page), and a
 * public answer is kept a second in memory (lib/http/micro-cache: a crowd on one URL costs Next
 * one answer a second); the content store is opened, migrated and brought up to date with the
 * Markdown files (lib/ingest) before the first request is answered; then the publishing layer
 * (watcher over content/, scheduler) starts in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { sendResponsesWhole } = await import('./lib/http/whole-responses');
  sendResponsesWhole();
  const { installMicroCache } = await import('./lib/http/micro-cache');
  installMicroCache();
  const { startStore } = await import('./lib/ingest/startup');
  await startStore();
  const { publishingEnabled, startPublishing } = await import('./lib/publishing/runtime');
  if (!publishingEnabled()) return;
  const { wiredIngest, wiredScheduleSource } = await import('./lib/publishing/wiring');
  const ingest = wiredIngest();
  if (!ingest) return;
  // Not awaited: scanning a large content/ must not hold back the server's start.
  startPublishing({ ingest, schedule: wiredScheduleSource() }).catch((error: unknown) =>
    console.error('[terbit]', error instanceof Error ? error.message : error),
  );
}
