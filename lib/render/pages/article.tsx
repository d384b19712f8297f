import { ArticlePage } from '@/components/article/article-page';
import { WithdrawnArticle } from '@/components/withdrawn/withdrawn-article';
import {
  findArticle,
  getArticleAuthors,
  getSection,
  listArticleIds,
  listLatestArticles,
  listRelatedArticles,
} from '@/lib/content';
import { articleMetadata, withdrawnArticleMetadata } from '@/lib/seo/metadata';
import { articlePath } from '@/lib/urls';
import { permanentRedirectTo, renderDocument, renderNotFound } from '../render-document';

/**
 * Article URLs, "/berita/<id>/<slug>" and "/berita/<id>": the live article (200, with
 * Last-Modified), a withdrawn one (410, saying when and why), 308 from "/berita/<id>" and old
 * or wrong slugs to the canonical URL, 404 for an unknown id.
 */

export async function articleStaticParams() {
  const found = await Promise.all((await listArticleIds()).map((id) => findArticle(id)));
  return found.flatMap((f) => (f ? [{ id: f.article.id, slug: f.article.slug }] : []));
}

export async function articleResponse(id: string, slug?: string): Promise<Response> {
  const found = await findArticle(id);
  if (!found) return renderNotFound();
  const { article } = found;
  if (slug !== article.slug) return permanentRedirectTo(articlePath(article));
  if (found.state === 'withdrawn') {
    return renderDocument({
      metadata: withdrawnArticleMetadata(article),
      body: <WithdrawnArticle article={article} />,
      status: 410,
    });
  }
  const section = await getSection(article.section);
  if (!section) return renderNotFound();
  const [authors, related, latest] = await Promise.all([
    getArticleAuthors(article),
    listRelatedArticles(article, 4),
    listLatestArticles(7),
  ]);
  return renderDocument({
    metadata: articleMetadata(article, authors, section),
    body: <ArticlePage {...{ article, section, authors, related, latest }} />,
    headers: { 'Last-Modified': article.modifiedAt.toUTCString() },
  });
}
