import { SearchForm } from '@/components/layout/search-form';
import { SitePage } from '@/components/layout/site-page';
import { strings } from '@/lib/strings';

/**
 * Rendered for every unknown URL (status 404) in the site's own document, header and footer
 * included. The way on is the link home, the search form and the header and footer links.
 */
export function NotFoundView() {
  return (
    <SitePage>
      <div className="container">
        <div className="not-found-view__box">
          <p className="not-found-view__code" aria-hidden="true">
            404
          </p>
          <h1 className="not-found-view__title">{strings.notFoundTitle}</h1>
          <p>{strings.notFoundText}</p>
          <p>
            <a href="/" className="not-found-view__home">
              {strings.backToHome}
            </a>
          </p>
          <p>{strings.notFoundSearchHint}</p>
          <SearchForm inputId="cari-404" />
        </div>
      </div>
    </SitePage>
  );
}
