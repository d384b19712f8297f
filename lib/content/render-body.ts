import { ARTICLE_COLUMN_SIZES, GALLERY_SIZES, optimisedSources } from '../images/optimised-image';
import { checkBody } from './body-check';
import { parseDocument } from './document';
import { renderMarkdown, type RenderOptions } from './render-markdown';
import type { Article, Page } from './types';

/** Headline and URL of a read-also target, or undefined when it is not live. */
export type ReadAlsoLookup = (id: string) => Promise<{ title: string; url: string } | undefined>;

/**
 * The one place a stored body becomes HTML (pages and feeds alike): dateline, read-also blocks
 * resolved by the caller's lookup (lib/queries/article-body.ts: the store as it is now), body images with their sizes and responsive
 * sources, all sanitised by lib/content/render-markdown.ts. The desk's editor previews a body
 * through it too (lib/desk/handlers/preview.tsx).
 */
export async function renderBodyHtml(
  article: Pick<Article, 'body' | 'dateline' | 'bodyImages'>,
  lookup: ReadAlsoLookup,
  embeds: RenderOptions['embeds'] = 'facade',
): Promise<string> {
  const targets = new Map<string, { title: string; url: string }>();
  for (const { id } of checkBody(parseDocument(article.body).body).readAlso) {
    if (targets.has(id)) continue;
    const target = await lookup(id);
    if (target) targets.set(id, target);
  }
  return renderMarkdown(article.body, {
    dateline: article.dateline,
    resolveArticle: (id) => targets.get(id),
    imageSize: (src) => article.bodyImages[src],
    imageSources: (src, size, layout) =>
      optimisedSources(src, size, layout === 'gallery' ? GALLERY_SIZES : ARTICLE_COLUMN_SIZES),
    embeds,
  });
}

export function renderPageBodyHtml(page: Page): string {
  return renderMarkdown(page.body);
}
