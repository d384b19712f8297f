import { Wordmark } from '@/components/layout/wordmark';
import { MAIN_CONTENT_ID } from '@/components/layout/skip-link';
import { strings } from '@/lib/strings';

/**
 * The 503 page: answered when a page cannot be put together because the content store is
 * unreachable. It reads nothing from the store (its header is the wordmark alone), so it
 * renders whatever else is down; pages already cached keep being served meanwhile.
 */
export function UnavailableView() {
  return (
    <>
      <header className="site-header__header">
        <div className="container site-header__top">
          <Wordmark />
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <div className="container">
          <div className="not-found-view__box">
            <p className="not-found-view__code" aria-hidden="true">
              503
            </p>
            <h1 className="not-found-view__title">{strings.unavailableTitle}</h1>
            <p>{strings.unavailableText}</p>
            <p>{strings.unavailableRetry}</p>
            <p>
              <a href="/" className="not-found-view__home">
                {strings.backToHome}
              </a>
            </p>
          </div>
        </div>
      </main>
    </>
  );
}
