import { ArticleCard } from '@/components/listing/article-card';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';

export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="berita-terkait">
      <h2 id="berita-terkait" className="block-heading">
        {strings.relatedArticles}
      </h2>
      <ul className="card-grid__grid related-articles__grid">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard
              article={article}
              variant="tile"
              headingLevel={3}
              imageSizes="(min-width: 1100px) 180px, (min-width: 600px) 45vw, 96px"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
