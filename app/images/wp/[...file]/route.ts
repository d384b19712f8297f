import { publicImageResponse } from '@/lib/render/public-image';

/** An image `npm run import:wordpress` copied under public/images/wp/ while this server runs. */
export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  context: { params: Promise<{ file: string[] }> },
): Promise<Response> {
  return publicImageResponse('wp', (await context.params).file);
}
