import { SearchForm } from '@/components/layout/search-form';
import { SitePage } from '@/components/layout/site-page';
import { strings } from '@/lib/strings';
import styles from './not-found-view.module.css';

/**
 * Rendered for every unknown URL, and carried in every page's inline RSC payload as the root
 * not-found boundary: so it stays short, under the compact header. The way on is the link
 * home, the search form and the footer's sections and pages.
 */
export function NotFoundView() {
  return (
    <SitePage compactHeader>
      <div className="container">
        <div className={styles.box}>
          <p className={styles.code} aria-hidden="true">
            404
          </p>
          <h1 className={styles.title}>{strings.notFoundTitle}</h1>
          <p>{strings.notFoundText}</p>
          <p>
            <a href="/" className={styles.home}>
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
