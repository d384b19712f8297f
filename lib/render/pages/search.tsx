import { SearchForm } from '@/components/layout/search-form';
import { SitePage } from '@/components/layout/site-page';
import { SearchOutcome } from '@/components/search/search-outcome';
import { strings } from '@/lib/strings';
import { listTags } from '@/lib/queries';
import { cacheControl } from '@/lib/http/cache-control';
import { searchArticles } from '@/lib/queries/search';
import { normaliseQuery, resultsPageNumber } from '@/lib/search';
import { searchMetadata } from '@/lib/seo/metadata';
import { renderDocument } from '../render-document';

const TOPICS_OFFERED = 8;

/** /cari?q=…&halaman=n: rendered per request on the server, so it works with JavaScript off. */
export async function searchResponse(params: URLSearchParams): Promise<Response> {
  const q = params.get('q') ?? undefined;
  const results = await searchArticles(q, resultsPageNumber(params.get('halaman') ?? undefined));
  const topics = results.totalHits ? [] : (await listTags()).slice(0, TOPICS_OFFERED);
  return renderDocument({
    metadata: searchMetadata(normaliseQuery(q)),
    body: (
      <SitePage>
        <div className="container search-page__page">
          <h1 className="search-page__title">
            {results.query ? strings.search.resultsTitle(results.query) : strings.search.pageTitle}
          </h1>
          <SearchForm inputId="cari-halaman" defaultQuery={results.query} />
          <SearchOutcome results={results} topics={topics} />
        </div>
      </SitePage>
    ),
    headers: { 'Cache-Control': cacheControl.perRequest },
  });
}
