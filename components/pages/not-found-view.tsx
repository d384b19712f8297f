import { SearchForm } from '@/components/layout/search-form';
import { SitePage } from '@/components/layout/site-page';
import { listSections } from '@/lib/content';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import styles from './not-found-view.module.css';

export async function NotFoundView() {
  const sections = await listSections();
  return (
    <SitePage>
      <div className="container">
        <div className={styles.box}>
          <p className={styles.code} aria-hidden="true">
            404
          </p>
          <h1 className={styles.title}>{strings.notFoundTitle}</h1>
          <p>{strings.notFoundText}</p>
          <p>
            <a href="/" className={styles.home}>
              {strings.backToHome}
            </a>
          </p>
          <p>{strings.notFoundSearchHint}</p>
          <SearchForm inputId="cari-404" />
          <p>{strings.notFoundBrowse}</p>
          <ul className={styles.sections}>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={sectionPath(section.id)}>{section.name}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </SitePage>
  );
}
