import { Pagination } from '@/components/listing/pagination';
import type { SearchResults as Results } from '@/lib/search';
import { searchPath } from '@/lib/urls';
import { SearchHit } from './search-hit';
import { strings } from '@/lib/strings';

const t = strings.search;

/** The count, the hits of this page and numbered links to the others. */
export function SearchResults({ results }: { results: Results }) {
  const { query, page, totalPages } = results;
  return (
    <section aria-label={t.resultsLabel}>
      <p className="search-page__count">
        {results.capped ? t.foundMany(results.totalHits) : t.found(results.totalHits)}
        {totalPages > 1 && `, ${t.pageOf(page, totalPages)}`}
      </p>
      {results.partial && <p className="search-page__note">{t.partial}</p>}
      <ol className="search-page__hits">
        {results.hits.map((hit) => (
          <li key={hit.article.id}>
            <SearchHit hit={hit} />
          </li>
        ))}
      </ol>
      <Pagination page={page} totalPages={totalPages} hrefFor={(p) => searchPath(query, p)} />
    </section>
  );
}
