import type { Metadata } from 'next';
import { SearchForm } from '@/components/layout/search-form';
import { SitePage } from '@/components/layout/site-page';
import styles from '@/components/search/search-page.module.css';
import { SearchOutcome } from '@/components/search/search-outcome';
import { searchStrings } from '@/components/search/strings';
import { listTags } from '@/lib/content';
import { normaliseQuery, resultsPageNumber, searchArticles } from '@/lib/search';
import { searchMetadata } from '@/lib/seo/metadata';

const TOPICS_OFFERED = 8;

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  return searchMetadata(normaliseQuery((await searchParams).q));
}

/** /cari?q=…&halaman=n: rendered per request on the server, so it works with JavaScript off. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { q, halaman } = await searchParams;
  const results = await searchArticles(q, resultsPageNumber(halaman));
  const topics = results.totalHits ? [] : (await listTags()).slice(0, TOPICS_OFFERED);
  return (
    <SitePage>
      <div className={`container ${styles.page}`}>
        <h1 className={styles.title}>
          {results.query ? searchStrings.resultsTitle(results.query) : searchStrings.pageTitle}
        </h1>
        <SearchForm inputId="cari-halaman" defaultQuery={results.query} />
        <SearchOutcome results={results} topics={topics} />
      </div>
    </SitePage>
  );
}
