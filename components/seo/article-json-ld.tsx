import type { Article, Author, Section } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data/breadcrumbs';
import { newsArticleJsonLd } from '@/lib/seo/structured-data/news-article';
import { strings } from '@/lib/strings';
import { articlePath, sectionPath } from '@/lib/urls';
import { JsonLd } from './json-ld';

/** An article page: NewsArticle, and the BreadcrumbList Beranda › section › headline. */
export function ArticleJsonLd(props: { article: Article; authors: Author[]; section: Section }) {
  const { article, authors, section } = props;
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, authors, section)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: strings.home, path: '/' },
          { name: section.name, path: sectionPath(section.id) },
          { name: article.title, path: articlePath(article) },
        ])}
      />
    </>
  );
}
