/**
 * A route handler that runs on every request, as Warta's search does. Once any handler or page
 * has run, Node 20's AsyncLocalStorage keeps its promise hooks on for every later request of the
 * process, cached ones too; `npm run bench:load` measures the floors before and after.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(new Date().toISOString(), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
