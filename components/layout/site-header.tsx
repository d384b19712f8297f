import { listPages, listSections } from '@/lib/queries';
import { strings } from '@/lib/strings';
import type { NavLocation } from './nav-location';
import { PhoneMenu } from './phone-menu';
import { SearchForm } from './search-form';
import { SectionLinks } from './section-links';
import { Wordmark } from './wordmark';

export async function SiteHeader({ location }: { location: NavLocation }) {
  const [sections, pages] = await Promise.all([listSections(), listPages()]);
  return (
    <header className="site-header__header">
      <div className="container site-header__top">
        <Wordmark />
        <SearchForm inputId="cari-header" className="site-header__search" />
        <PhoneMenu sections={sections} pages={pages} location={location} />
      </div>
      <nav className="site-header__bar" aria-label={strings.sectionNavLabel}>
        <div className="container">
          <SectionLinks sections={sections} location={location} className="site-header__links" />
        </div>
      </nav>
    </header>
  );
}
