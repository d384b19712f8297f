import { storeRoute } from '@/lib/render/unavailable';
import { previewResponse } from '@/lib/render/pages/preview';

/** A draft preview (opened through /api/pratinjau): per request, never cached. */
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ id: string }> },
) {
  return previewResponse((await context.params).id);
});
