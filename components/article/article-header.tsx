import { Breadcrumbs } from '@/components/breadcrumbs';
import { TimeStamp } from '@/components/time-stamp';
import type { Article, Author, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import { Byline } from './byline';
import { CORRECTIONS_ID } from './corrections';

interface ArticleHeaderProps {
  article: Article;
  authors: Author[];
  section: Section;
}

export function ArticleHeader({ article, authors, section }: ArticleHeaderProps) {
  return (
    <header className="article-header__header">
      <Breadcrumbs trail={[{ name: section.name, href: sectionPath(section.id) }]} />
      <h1 className="article-header__headline">{article.title}</h1>
      <p className="article-header__summary">{article.summary}</p>
      <div className="article-header__meta">
        <Byline authors={authors} className="article-header__byline" />
        <p>
          <TimeStamp date={article.publishedAt} format="long" />
        </p>
        {article.updatedAt && (
          <p>
            {strings.updated} <TimeStamp date={article.updatedAt} format="long" />
          </p>
        )}
        <p>{strings.readingTime(article.readingMinutes)}</p>
        {article.corrections.length > 0 && (
          <p>
            <a href={`#${CORRECTIONS_ID}`} className="article-header__correction-link">
              {strings.correctionsHeading}
            </a>
          </p>
        )}
      </div>
    </header>
  );
}
