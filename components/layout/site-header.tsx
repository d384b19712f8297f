import { listPages, listSections } from '@/lib/content';
import { strings } from '@/lib/strings';
import type { NavLocation } from './nav-location';
import { PhoneMenu } from './phone-menu';
import { SearchForm } from './search-form';
import { SectionLinks } from './section-links';
import { Wordmark } from './wordmark';
import styles from './site-header.module.css';

/**
 * The top row alone: the wordmark, home. For the not-found page, which every page's inline RSC
 * payload carries as the root not-found boundary; its footer still lists every section.
 */
export function SiteMasthead() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.top}`}>
        <Wordmark />
      </div>
    </header>
  );
}

export async function SiteHeader({ location }: { location: NavLocation }) {
  const [sections, pages] = await Promise.all([listSections(), listPages()]);
  return (
    <header className={styles.header}>
      <div className={`container ${styles.top}`}>
        <Wordmark />
        <SearchForm inputId="cari-header" className={styles.search} />
        <PhoneMenu sections={sections} pages={pages} location={location} />
      </div>
      <nav className={styles.bar} aria-label={strings.sectionNavLabel}>
        <div className="container">
          <SectionLinks sections={sections} location={location} className={styles.links} />
        </div>
      </nav>
    </header>
  );
}
