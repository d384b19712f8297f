import { machineResponse } from '@/lib/http/responses';
import { siteFeed } from '@/lib/seo/feeds/build';
import { jsonFeed } from '@/lib/seo/feeds/json-feed';

export const dynamic = 'force-static';
export const revalidate = 600;

export async function GET() {
  const { channel, items } = await siteFeed('json');
  return machineResponse(JSON.stringify(jsonFeed(channel, items), null, 2), 'jsonFeed');
}
