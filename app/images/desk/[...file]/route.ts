import { latePublicImage } from '@/lib/http/late-public-image';

/** An image uploaded from the desk (public/images/desk/) while this server runs. */
export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  context: { params: Promise<{ file: string[] }> },
): Promise<Response> {
  return latePublicImage('desk', (await context.params).file);
}
