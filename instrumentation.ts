/**
 * Runs once when a Next.js server starts: the content store is opened, migrated and brought up
 * to date with the Markdown files (lib/ingest) before the first request is answered.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startStore } = await import('./lib/ingest/startup');
  await startStore();
}
