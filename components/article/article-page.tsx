import { ArticleBody } from '@/components/article/article-body';
import { ArticleFooter } from '@/components/article/article-footer';
import { ArticleHeader } from '@/components/article/article-header';
import { AuthorBox } from '@/components/article/author-box';
import { Corrections } from '@/components/article/corrections';
import { HeroFigure } from '@/components/article/hero-figure';
import { RelatedArticles } from '@/components/article/related-articles';
import { SitePage } from '@/components/layout/site-page';
import { LatestNews } from '@/components/listing/latest-news';
import { ArticleJsonLd } from '@/components/seo/article-json-ld';
import { ShareTools } from '@/components/share/share-tools';
import type { Article, Author, Section } from '@/lib/content';

interface ArticlePageProps {
  article: Article;
  section: Section;
  authors: Author[];
  related: Article[];
  latest: Article[];
  /** The sanitised body (lib/content/render-body.ts). */
  bodyHtml: string;
}

/** A live article: header, corrections, photo, share tools, body, footer, authors, related. */
export function ArticlePage({
  article,
  section,
  authors,
  related,
  latest,
  bodyHtml,
}: ArticlePageProps) {
  return (
    <SitePage location={{ kind: 'section', sectionId: section.id, exact: false }}>
      <div className="container article-page__layout">
        <article className="article-page__article">
          <ArticleHeader article={article} authors={authors} section={section} />
          <Corrections corrections={article.corrections} />
          <HeroFigure image={article.image} />
          <ShareTools article={article} />
          <ArticleBody html={bodyHtml} />
          <ArticleFooter article={article} />
          <AuthorBox authors={authors} />
          <RelatedArticles articles={related} />
        </article>
        <div className="article-page__aside">
          <LatestNews
            articles={latest.filter((a) => a.id !== article.id).slice(0, 6)}
            headingId="terkini"
          />
        </div>
      </div>
      {/* Last: crawlers read it anywhere, and the reader's content comes first in the bytes. */}
      <ArticleJsonLd article={article} authors={authors} section={section} />
    </SitePage>
  );
}
