/** An empty static route handler, the kind every Warta reader page is (prerendered, cached). */
export const dynamic = 'force-static';

export function GET() {
  return new Response('<p>Kosong.</p>', {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
