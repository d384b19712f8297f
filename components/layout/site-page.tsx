import type { ReactNode } from 'react';
import type { NavLocation } from './nav-location';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID } from './skip-link';

interface SitePageProps {
  /** Marks the current section in the navigation. */
  location?: NavLocation;
  children: ReactNode;
}

/**
 * The header and main landmark of every page. It sits in each page rather than the root layout
 * because layouts do not learn an article's section; here the header marks it on the server.
 */
export function SitePage({ location = { kind: 'other' }, children }: SitePageProps) {
  return (
    <>
      <SiteHeader location={location} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
