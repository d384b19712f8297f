import { ArticlePage } from '@/components/article/article-page';
import { WithdrawnArticle } from '@/components/withdrawn/withdrawn-article';
import {
  findArticle,
  getArticleAuthors,
  getSection,
  listArticleIds,
  listLatestArticles,
  listRelatedArticles,
  resolveArticleUrl,
  type Article,
} from '@/lib/queries';
import { renderArticleBodyHtml } from '@/lib/queries/article-body';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';
import { articleMetadata, withdrawnArticleMetadata } from '@/lib/seo/metadata';
import { permanentRedirectTo, renderDocument, renderNotFound } from '../render-document';

/**
 * Article URLs, "/berita/<id>/<slug>" and "/berita/<id>": the live article (200, with
 * Last-Modified), a withdrawn one (410, saying when and why), 308 from "/berita/<id>" and old
 * or wrong slugs to the canonical URL, 404 for an unknown id. What a URL is, is decided by
 * `resolveArticleUrl` alone.
 */

/** The newest articles (WARTA_PRERENDER_ARTICLES) are built ahead; the archive renders on demand. */
export async function articleStaticParams() {
  const found = await Promise.all((await listArticleIds()).map((id) => findArticle(id)));
  return found.flatMap((f) => (f ? [{ id: f.article.id, slug: f.article.slug }] : []));
}

export async function articleResponse(id: string, slug?: string): Promise<Response> {
  const url = await resolveArticleUrl(id, slug);
  // Even a 404 or a redirect carries the article's tag: a scheduled or renamed article expires it.
  await tagRoute(url.kind === 'live' ? routeTags.article(url.article) : routeTags.articleUrl(id));
  if (url.kind === 'unknown') return renderNotFound();
  if (url.kind === 'redirect') return permanentRedirectTo(url.location);
  const { article } = url;
  if (url.kind === 'withdrawn') {
    return renderDocument({
      metadata: withdrawnArticleMetadata(article),
      body: <WithdrawnArticle article={article} />,
      status: 410,
    });
  }
  const page = await articleDocument(article);
  if (!page) return renderNotFound();
  return renderDocument({
    ...page,
    headers: { 'Last-Modified': article.modifiedAt.toUTCString() },
  });
}

/** The article page's metadata and body: the live page, and the draft preview (./preview.tsx). */
export async function articleDocument(article: Article) {
  const section = await getSection(article.section);
  if (!section) return undefined;
  const [authors, related, latest, bodyHtml] = await Promise.all([
    getArticleAuthors(article),
    listRelatedArticles(article, 4),
    listLatestArticles(7),
    renderArticleBodyHtml(article),
  ]);
  return {
    metadata: articleMetadata(article, authors, section),
    body: <ArticlePage {...{ article, section, authors, related, latest, bodyHtml }} />,
  };
}
