import type { Article } from '@/lib/content';
import { absoluteUrl, articlePath } from '@/lib/urls';
import { ShareBar } from './share-bar';

/**
 * The article's share tools. The bar is one client leaf that gets only the canonical URL and
 * the title: the six platform links are built from them in the leaf (and in its server render,
 * so they work without JavaScript) instead of travelling, URL-encoded six times over, in the
 * page's inline RSC payload.
 */
export function ShareTools({ article }: { article: Pick<Article, 'id' | 'slug' | 'title'> }) {
  return (
    <ShareBar
      url={absoluteUrl(articlePath(article))}
      title={article.title}
      headingId={`bagikan-${article.id}`}
    />
  );
}
