import { indexNowKey } from '@/lib/publishing/crawler-config';

/** The IndexNow key file, /<key>.txt (rewritten here in next.config.ts): the key itself. */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const key = indexNowKey();
  if (!key || (await params).key !== key) {
    return new Response('Not Found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(key, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
