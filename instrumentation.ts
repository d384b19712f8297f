/**
 * Runs once when a Next.js server starts (Warta's server.ts, or `next dev`): the content store
 * is opened, migrated and brought up to date with the Markdown files (lib/ingest) before the
 * first request is answered; then the publishing layer (watcher over content/, scheduler)
 * starts in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startStore } = await import('./lib/ingest/startup');
  await startStore();
  const { announceDeskSetup } = await import('./lib/desk/context');
  // While no admin exists: a one-time link to create the first one, in the server's log.
  await announceDeskSetup().catch((error: unknown) =>
    console.error('[ruang-redaksi]', error instanceof Error ? error.message : error),
  );
  const { publishingEnabled, startPublishing } = await import('./lib/publishing/runtime/running');
  if (!publishingEnabled()) return;
  const { wiredIngest, wiredScheduleSource } =
    await import('./lib/publishing/runtime/store-wiring');
  // Not awaited: scanning a large content/ must not hold back the server's start.
  startPublishing({ ingest: wiredIngest(), schedule: wiredScheduleSource() }).catch(
    (error: unknown) => console.error('[terbit]', error instanceof Error ? error.message : error),
  );
}
