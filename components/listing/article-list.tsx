import type { Article, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { ArticleCard } from './article-card';

interface ArticleListProps {
  articles: Article[];
  /** Given when the list mixes sections (tag and author pages): each card names its section. */
  sections?: Section[];
}

export function ArticleList({ articles, sections }: ArticleListProps) {
  if (articles.length === 0) return <p className="article-list__empty">{strings.emptyList}</p>;
  return (
    <ul className="article-list__list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            variant="row"
            sectionName={sections?.find((s) => s.id === article.section)?.name}
            showSummary
          />
        </li>
      ))}
    </ul>
  );
}
