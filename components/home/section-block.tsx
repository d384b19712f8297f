import { ArticleCard } from '@/components/listing/article-card';
import type { Article, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import cardGrid from '@/components/listing/card-grid.module.css';
import styles from './section-block.module.css';

/** A section's newest stories on the front page, with a way into the section. */
export function SectionBlock({ section, articles }: { section: Section; articles: Article[] }) {
  const [first, ...rest] = articles;
  if (!first) return null;
  const headingId = `rubrik-${section.id}`;
  return (
    <section className={styles.block} aria-labelledby={headingId}>
      <div className="block-heading">
        <h2 id={headingId}>
          <a href={sectionPath(section.id)} className={styles.title}>
            {section.name}
          </a>
        </h2>
        <a href={sectionPath(section.id)} className={styles.more}>
          {strings.moreInSection(section.name)} ›
        </a>
      </div>
      <ul className={`${cardGrid.grid} ${styles.grid}`}>
        <li>
          <ArticleCard article={first} variant="stack" headingLevel={3} showSummary />
        </li>
        {rest.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="tile" headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
