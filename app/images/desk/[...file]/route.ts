import { publicImageResponse } from '@/lib/render/public-image';
import { storeRoute } from '@/lib/render/unavailable';

/**
 * An image uploaded from the desk after this server started, or on another instance (written
 * here from the store first); 503 while the store that keeps it is unreachable.
 */
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ file: string[] }> },
): Promise<Response> {
  return publicImageResponse('desk', (await context.params).file);
}, 'text');
