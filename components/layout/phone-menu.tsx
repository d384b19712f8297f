import type { Page, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import type { NavLocation } from './nav-location';
import { SearchForm } from './search-form';
import { SectionLinks } from './section-links';
import { StandingPageLinks } from './standing-page-links';

interface PhoneMenuProps {
  sections: Section[];
  pages: Page[];
  location: NavLocation;
}

/** A disclosure built on <details>: opens and closes by keyboard or touch without JavaScript. */
export function PhoneMenu({ sections, pages, location }: PhoneMenuProps) {
  return (
    <details className="phone-menu__menu">
      <summary className="phone-menu__toggle">
        <span className="phone-menu__icon" aria-hidden="true" />
        {strings.menu}
      </summary>
      <div className="phone-menu__panel">
        <SearchForm inputId="cari-menu" />
        <nav aria-label={strings.phoneMenuNavLabel}>
          <SectionLinks sections={sections} location={location} className="phone-menu__links" />
        </nav>
        <StandingPageLinks pages={pages} className="phone-menu__pages" />
      </div>
    </details>
  );
}
