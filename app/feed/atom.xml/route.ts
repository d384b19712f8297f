import { machineResponse } from '@/lib/http/responses';
import { atomXml } from '@/lib/seo/feeds/atom';
import { siteFeed } from '@/lib/seo/feeds/build';

export const dynamic = 'force-static';
export const revalidate = 600;

export async function GET() {
  const { channel, items } = await siteFeed('atom');
  return machineResponse(atomXml(channel, items), 'atom');
}
