import { storeRoute } from '@/lib/render/unavailable';
import { machineResponse, notFoundResponse } from '@/lib/http/responses';
import { sitemapFileEntries } from '@/lib/seo/sitemaps/files';
import { urlsetXml } from '@/lib/seo/sitemaps/xml';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

/**
 * One child sitemap: pages.xml, tags-<n>.xml or articles-<yyyy-mm>[-<n>].xml. Only pages.xml
 * is rendered at build; the others render on first request and are cached like it.
 */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 600;

export function generateStaticParams() {
  return [{ file: 'pages.xml' }];
}

export const GET = storeRoute(async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
) {
  await tagRoute(routeTags.sitemaps());
  const entries = await sitemapFileEntries((await params).file);
  return entries ? machineResponse(urlsetXml(entries), 'xml') : notFoundResponse();
}, 'text');
