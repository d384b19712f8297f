import { latePublicImage } from '@/lib/http/late-public-image';

/** An image `npm run import:wordpress` copied under public/images/wp/ while this server runs. */
export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  context: { params: Promise<{ file: string[] }> },
): Promise<Response> {
  return latePublicImage('wp', (await context.params).file);
}
