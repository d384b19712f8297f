import { ResponsiveImage } from '@/components/responsive-image';
import { TimeStamp } from '@/components/time-stamp';
import type { SearchHit as Hit } from '@/lib/search';
import { articlePath } from '@/lib/urls';
import { HighlightedText } from './highlighted-text';

/** One result: section, headline and an excerpt with the query's words marked, and the time. */
export function SearchHit({ hit }: { hit: Hit }) {
  const { article } = hit;
  return (
    <article className="search-hit__hit">
      <div className="search-hit__copy">
        <p className="kicker">{hit.sectionName}</p>
        <h2 className="search-hit__headline">
          <a href={articlePath(article)} className="stretched-link__link">
            <HighlightedText segments={hit.title} />
          </a>
        </h2>
        <p className="search-hit__excerpt">
          <HighlightedText segments={hit.excerpt} />
        </p>
        <p className="meta">
          <TimeStamp date={article.publishedAt} />
        </p>
      </div>
      <div className="search-hit__media">
        <ResponsiveImage image={article.image} sizes="(min-width: 900px) 160px, 96px" />
      </div>
    </article>
  );
}
