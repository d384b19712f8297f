import type { Page, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import type { NavLocation } from './nav-location';
import { SearchForm } from './search-form';
import { SectionLinks } from './section-links';
import { StandingPageLinks } from './standing-page-links';
import styles from './phone-menu.module.css';

interface PhoneMenuProps {
  sections: Section[];
  pages: Page[];
  location: NavLocation;
}

/** A disclosure built on <details>: opens and closes by keyboard or touch without JavaScript. */
export function PhoneMenu({ sections, pages, location }: PhoneMenuProps) {
  return (
    <details className={styles.menu}>
      <summary className={styles.toggle}>
        <span className={styles.icon} aria-hidden="true" />
        {strings.menu}
      </summary>
      <div className={styles.panel}>
        <SearchForm inputId="cari-menu" />
        <nav aria-label={strings.phoneMenuNavLabel}>
          <SectionLinks sections={sections} location={location} className={styles.links} />
        </nav>
        <StandingPageLinks pages={pages} className={styles.pages} />
      </div>
    </details>
  );
}
