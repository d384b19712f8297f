import { storeRoute } from '@/lib/render/unavailable';
import { statusPageParams, statusPageResponse } from '@/lib/render/pages/status-page';

// /_warta/galat/<status>: the request gate's answers (lib/server/request-gate.ts), one document
// per status, built ahead. The folder is "%5Fwarta" because a folder named with an underscore is
// private in the App Router; no content slug can begin with one, so no article or page clashes.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 300;

export const generateStaticParams = statusPageParams;

export const GET = storeRoute(async function GET(
  _request: Request,
  context: { params: Promise<{ code: string }> },
) {
  return statusPageResponse((await context.params).code);
});
