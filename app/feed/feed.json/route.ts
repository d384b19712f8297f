import { storeRoute } from '@/lib/render/unavailable';
import { machineResponse } from '@/lib/http/responses';
import { siteFeed } from '@/lib/seo/feeds/build';
import { jsonFeed } from '@/lib/seo/feeds/json-feed';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

export const dynamic = 'force-static';
export const revalidate = 600;

export const GET = storeRoute(async function GET() {
  await tagRoute(routeTags.siteFeed());
  const { channel, items } = await siteFeed('json');
  return machineResponse(JSON.stringify(jsonFeed(channel, items), null, 2), 'jsonFeed');
}, 'text');
