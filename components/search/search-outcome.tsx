import type { Tag } from '@/lib/content';
import type { SearchResults as Results } from '@/lib/search';
import { searchPath } from '@/lib/urls';
import { SearchNotice } from './search-notice';
import { SearchResults } from './search-results';
import { strings } from '@/lib/strings';

const t = strings.search;

interface SearchOutcomeProps {
  results: Results;
  /** Offered when there is nothing to list. */
  topics: Tag[];
}

/** Results, or the state that stands in for them. */
export function SearchOutcome({ results, topics }: SearchOutcomeProps) {
  const { query } = results;
  if (!query) {
    return (
      <SearchNotice topics={topics} topicsHeading={t.popularTopics}>
        <p>{t.intro}</p>
      </SearchNotice>
    );
  }
  if (!results.searched) {
    return (
      <SearchNotice topics={topics} topicsHeading={t.popularTopics}>
        <p>{t.noWords(query)}</p>
      </SearchNotice>
    );
  }
  if (results.totalHits === 0) {
    return (
      <SearchNotice topics={topics} topicsHeading={t.popularTopics}>
        <p className="search-page__no-results">{t.noResults(query)}</p>
        <p>{t.tipsHeading}</p>
        <ul className="search-page__tips">
          {t.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </SearchNotice>
    );
  }
  if (results.hits.length === 0) {
    return (
      <SearchNotice>
        <p>{t.pageMissing(results.page)}</p>
        <p>
          <a href={searchPath(query)}>{t.firstPage}</a>
        </p>
      </SearchNotice>
    );
  }
  return <SearchResults results={results} />;
}
