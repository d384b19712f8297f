import { listPages, listSections } from '@/lib/queries';
import { toIsoWib } from '@/lib/dates';
import { now } from '@/lib/now';
import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import { StandingPageLinks } from './standing-page-links';
import { Wordmark } from './wordmark';

export async function SiteFooter() {
  const [sections, pages] = await Promise.all([listSections(), listPages()]);
  const year = Number(toIsoWib(now()).slice(0, 4));
  return (
    <footer className="site-footer__footer">
      <div className="container site-footer__grid">
        <div className="site-footer__identity">
          <Wordmark />
          <p>{siteConfig.tagline}</p>
          <address>
            {siteConfig.address}
            <br />
            <a href={`mailto:${siteConfig.email}`}>{siteConfig.email}</a>
          </address>
        </div>
        <nav className="site-footer__columns" aria-label={strings.footerNavLabel}>
          <div>
            <h2 className="site-footer__heading">{strings.footerSectionsHeading}</h2>
            <ul className="site-footer__list">
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={sectionPath(section.id)}>{section.name}</a>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className="site-footer__heading">{strings.footerAboutHeading}</h2>
            <StandingPageLinks pages={pages} className="site-footer__list" />
          </div>
        </nav>
      </div>
      <p className="container site-footer__copyright">
        {strings.copyright(year, siteConfig.legalName)}
      </p>
    </footer>
  );
}
