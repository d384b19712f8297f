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
 * The header and main landmark of every page; the document (components/document) adds the
 * skip link before it and the footer after. Each page passes where it is, so the header marks
 * an article's section.
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
