import type { ReactNode } from 'react';
import type { Crumb } from '@/components/breadcrumbs';
import { PageHeading } from '@/components/page-heading';
import type { Article, Paginated, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { ArticleList } from './article-list';
import { LatestNews } from './latest-news';
import { Pagination } from './pagination';

interface ListingPageProps {
  trail: Crumb[];
  title: string;
  /** A section's description or an author's profile, under the h1 on the first page. */
  intro?: ReactNode;
  list: Paginated<Article>;
  hrefFor: (page: number) => string;
  sections?: Section[];
  latest: Article[];
}

/** Section, tag and author pages: heading, article rows, numbered pages, latest news beside. */
export function ListingPage({
  trail,
  title,
  intro,
  list,
  hrefFor,
  sections,
  latest,
}: ListingPageProps) {
  return (
    <div className="container listing-page__layout">
      <div className="listing-page__primary">
        <PageHeading trail={trail} title={title}>
          {intro}
          <p className="meta">
            {strings.articleCount(list.totalItems)}
            {list.totalPages > 1 && ` · ${strings.pageOf(list.page, list.totalPages)}`}
          </p>
        </PageHeading>
        <ArticleList articles={list.items} sections={sections} />
        <Pagination page={list.page} totalPages={list.totalPages} hrefFor={hrefFor} />
      </div>
      <div className="listing-page__aside">
        <LatestNews articles={latest} headingId="terkini" />
      </div>
    </div>
  );
}
