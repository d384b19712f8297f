import { storeRoute } from '@/lib/render/unavailable';
import { machineResponse } from '@/lib/http/responses';
import { atomXml } from '@/lib/seo/feeds/atom';
import { siteFeed } from '@/lib/seo/feeds/build';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

export const dynamic = 'force-static';
export const revalidate = 600;

export const GET = storeRoute(async function GET() {
  await tagRoute(routeTags.siteFeed());
  const { channel, items } = await siteFeed('atom');
  return machineResponse(atomXml(channel, items), 'atom');
}, 'text');
