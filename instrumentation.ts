/**
 * Server start-up hook (Next calls register() once per server process). Starts the publishing
 * layer: the watcher over content/ and the scheduler (lib/publishing/runtime.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
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
