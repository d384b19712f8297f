import { storeRoute } from '@/lib/render/unavailable';
import { machineResponse } from '@/lib/http/responses';
import { sitemapRefs } from '@/lib/seo/sitemaps/files';
import { sitemapIndexXml } from '@/lib/seo/sitemaps/xml';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

/** The sitemap index over /sitemaps/*.xml (Next's sitemap.ts writes no index). */
export const dynamic = 'force-static';
export const revalidate = 600;

export const GET = storeRoute(async function GET() {
  await tagRoute(routeTags.sitemaps());
  return machineResponse(sitemapIndexXml(await sitemapRefs()), 'xml');
}, 'text');
