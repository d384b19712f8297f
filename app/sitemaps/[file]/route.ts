import { machineResponse, notFoundResponse } from '@/lib/http/responses';
import { findSitemapFile, listSitemapFiles } from '@/lib/seo/sitemaps/files';
import { urlsetXml } from '@/lib/seo/sitemaps/xml';
import { routeTags } from '@/lib/publishing/route-tags';
import { tagRoute } from '@/lib/publishing/tag-route';

/** One child sitemap: pages.xml, tags-<n>.xml or articles-<n>.xml. */
export const dynamic = 'force-static';
export const revalidate = 600;

export async function generateStaticParams() {
  return (await listSitemapFiles()).map((f) => ({ file: f.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await tagRoute(routeTags.sitemaps());
  const found = await findSitemapFile((await params).file);
  return found ? machineResponse(urlsetXml(found.entries), 'xml') : notFoundResponse();
}
