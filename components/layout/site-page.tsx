import type { ReactNode } from 'react';
import type { NavLocation } from './nav-location';
import { SiteHeader, SiteMasthead } from './site-header';
import { MAIN_CONTENT_ID } from './skip-link';

interface SitePageProps {
  /** Marks the current section in the navigation. */
  location?: NavLocation;
  /** The wordmark only, without search and sections (see SiteMasthead). */
  compactHeader?: boolean;
  children: ReactNode;
}

/**
 * The header and main landmark of every page. It sits in each page rather than the root layout
 * because layouts do not learn an article's section; here the header marks it on the server.
 */
export function SitePage({
  location = { kind: 'other' },
  compactHeader = false,
  children,
}: SitePageProps) {
  return (
    <>
      {compactHeader ? <SiteMasthead /> : <SiteHeader location={location} />}
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
