import { handleRevalidate } from '@/lib/publishing/endpoints';
import { endpointDeps } from '@/lib/publishing/server-deps';

/** Revalidates for stored changes: this server's watcher and scheduler, or a peer instance. */
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleRevalidate(request, endpointDeps());
}
