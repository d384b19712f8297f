import { ArticleCard } from '@/components/listing/article-card';
import type { Article, Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';

/** A section's newest stories on the front page, with a way into the section. */
export function SectionBlock({ section, articles }: { section: Section; articles: Article[] }) {
  const [first, ...rest] = articles;
  if (!first) return null;
  const headingId = `rubrik-${section.id}`;
  return (
    <section className="section-block__block" aria-labelledby={headingId}>
      <div className="block-heading">
        <h2 id={headingId}>
          <a href={sectionPath(section.id)} className="section-block__title">
            {section.name}
          </a>
        </h2>
        <a href={sectionPath(section.id)} className="section-block__more">
          {strings.moreInSection(section.name)} ›
        </a>
      </div>
      <ul className="card-grid__grid section-block__grid">
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
