import { storeRoute } from '@/lib/render/unavailable';
import { standingPageParams, standingPageResponse } from '@/lib/render/pages/standing-page';

// Standing pages are built ahead; any other path answers the site's 404 document.
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

export const generateStaticParams = standingPageParams;

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ path: string[] }> },
) {
  return standingPageResponse((await context.params).path);
});
