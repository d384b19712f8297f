import { handlePublish } from '@/lib/publishing/endpoint/handlers';
import { endpointDeps } from '@/lib/publishing/endpoint/deps';

/** Publishing from elsewhere (npm run publish): authenticated, validated, revalidates what changed. */
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handlePublish(request, endpointDeps());
}
