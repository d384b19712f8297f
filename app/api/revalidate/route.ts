import { handleRevalidate } from '@/lib/publishing/endpoint/handlers';
import { endpointDeps } from '@/lib/publishing/endpoint/deps';

/** Revalidates for stored changes: this server's watcher and scheduler, or a peer instance. */
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleRevalidate(request, endpointDeps());
}
