import { deskStylesheet } from '@/lib/desk/handlers';

/** The desk's own stylesheet: none of it is in the readers' bundle. */
export const dynamic = 'force-dynamic';

export function GET() {
  return deskStylesheet();
}
