import { StandingPageView } from '@/components/pages/standing-page-view';
import { getPage, listPages } from '@/lib/queries';
import { plainTextResponse } from '@/lib/http/responses';
import { indexNowKeyFile } from '@/lib/publishing/crawlers/config';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';
import { standingPageMetadata } from '@/lib/seo/metadata';
import { renderDocument, renderNotFound } from '../render-document';

/**
 * Every path no other route answers: the IndexNow key file ("/<key>.txt", when configured), a
 * standing page ("/<slug>", from content/pages) or the 404 document. One catch-all route, so even
 * an unknown URL gets the site's own 404 page, and no rewrite rule checked on every request.
 */

export async function standingPageParams(): Promise<{ path: string[] }[]> {
  return (await listPages()).map((page) => ({ path: [page.slug] }));
}

export async function standingPageResponse(path: string[]): Promise<Response> {
  const keyFile = indexNowKeyFile(path);
  if (keyFile !== undefined) return plainTextResponse(keyFile);
  const slug = path.length === 1 ? path[0] : undefined;
  // A 404 for a one-segment path is tagged too: a new standing page at that path expires it.
  await tagRoute(slug ? routeTags.page(slug) : routeTags.notFound());
  const page = slug ? await getPage(slug) : undefined;
  if (!page) return renderNotFound();
  return renderDocument({
    metadata: standingPageMetadata(page),
    body: <StandingPageView page={page} />,
  });
}
