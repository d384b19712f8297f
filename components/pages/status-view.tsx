import type { ReactNode } from 'react';
import { SitePage } from '@/components/layout/site-page';
import { MAIN_CONTENT_ID } from '@/components/layout/skip-link';
import { Wordmark } from '@/components/layout/wordmark';
import { strings } from '@/lib/strings';

interface StatusViewProps {
  /** Shown large above the title (decoration: screen readers skip it). */
  code: number;
  title: string;
  /** Paragraphs between the title and the link home. */
  text: readonly string[];
  /** After the link home (the 404's search form). */
  children?: ReactNode;
  /**
   * `site`: the full header and its navigation. `wordmark`: the wordmark alone, for the 503
   * page, which must render while the store (where the navigation comes from) is down.
   */
  header?: 'site' | 'wordmark';
}

/**
 * The page of a status that is not the content asked for: 404 for an unknown URL, 503 when the
 * content store is unreachable. The way on is the link home (and the header, where there is one).
 */
export function StatusView({ code, title, text, children, header = 'site' }: StatusViewProps) {
  const content = (
    <div className="container">
      <div className="not-found-view__box">
        <p className="not-found-view__code" aria-hidden="true">
          {code}
        </p>
        <h1 className="not-found-view__title">{title}</h1>
        {text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>
          <a href="/" className="not-found-view__home">
            {strings.backToHome}
          </a>
        </p>
        {children}
      </div>
    </div>
  );
  if (header === 'site') return <SitePage>{content}</SitePage>;
  return (
    <>
      <header className="site-header__header">
        <div className="container site-header__top">
          <Wordmark />
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {content}
      </main>
    </>
  );
}
