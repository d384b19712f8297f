import { listPages, listSections } from '@/lib/content';
import { toIsoWib } from '@/lib/dates';
import { now } from '@/lib/now';
import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import { StandingPageLinks } from './standing-page-links';
import { Wordmark } from './wordmark';
import styles from './site-footer.module.css';

export async function SiteFooter() {
  const [sections, pages] = await Promise.all([listSections(), listPages()]);
  const year = Number(toIsoWib(now()).slice(0, 4));
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div className={styles.identity}>
          <Wordmark />
          <p>{siteConfig.tagline}</p>
          <address>
            {siteConfig.address}
            <br />
            <a href={`mailto:${siteConfig.email}`}>{siteConfig.email}</a>
          </address>
        </div>
        <nav className={styles.columns} aria-label={strings.footerNavLabel}>
          <div>
            <h2 className={styles.heading}>{strings.footerSectionsHeading}</h2>
            <ul className={styles.list}>
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={sectionPath(section.id)}>{section.name}</a>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className={styles.heading}>{strings.footerAboutHeading}</h2>
            <StandingPageLinks pages={pages} className={styles.list} />
          </div>
        </nav>
      </div>
      <p className={`container ${styles.copyright}`}>
        {strings.copyright(year, siteConfig.legalName)}
      </p>
    </footer>
  );
}
