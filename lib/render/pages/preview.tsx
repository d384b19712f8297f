import { PreviewMarker } from '@/components/preview-marker';
import { getArticleForPreview } from '@/lib/queries';
import type { Article } from '@/lib/content/types';
import { PREVIEW_HEADERS } from '@/lib/publishing/preview/links';
import { currentPreviewId } from '@/lib/publishing/preview/session';
import { notFoundBody, notFoundMetadata, renderDocument } from '../render-document';
import { articleDocument } from './article';

/**
 * /pratinjau/<id>: a draft (or scheduled) article exactly as its page will look, under the
 * Pratinjau band, for the holder of a signed preview link only (draft mode and a cookie signed
 * with the current WARTA_PREVIEW_SECRET). Never cached, never indexed; anyone else gets the 404.
 */
export async function previewResponse(id: string): Promise<Response> {
  const article = (await currentPreviewId()) === id ? await getArticleForPreview(id) : undefined;
  const page = article && (await articleDocument(article));
  if (!page) {
    return renderDocument({
      metadata: notFoundMetadata,
      body: notFoundBody(),
      status: 404,
      headers: PREVIEW_HEADERS,
    });
  }
  return renderDocument({
    metadata: { ...page.metadata, robots: { index: false, follow: false } },
    body: (
      <>
        <PreviewMarker />
        {page.body}
      </>
    ),
    headers: PREVIEW_HEADERS,
  });
}

/**
 * The desk's `Pratinjau artikel` (lib/desk/handlers/preview.tsx): an article made from the
 * editor's form as typed, never stored, rendered exactly as its page would be, under the
 * Pratinjau band. Private, never cached or indexed; undefined when its section is unknown.
 */
export async function formPreviewResponse(article: Article): Promise<Response | undefined> {
  const page = await articleDocument(article);
  if (!page) return undefined;
  return renderDocument({
    metadata: { ...page.metadata, robots: { index: false, follow: false } },
    body: (
      <>
        <PreviewMarker />
        {page.body}
      </>
    ),
    headers: PREVIEW_HEADERS,
  });
}
