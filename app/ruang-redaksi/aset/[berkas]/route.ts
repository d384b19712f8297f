import { deskAsset } from '@/lib/desk/handlers';

/** The desk's built assets (the body editor's script), by content-hashed name: editor pages only. */
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return deskAsset(request);
}
