import { ResponsiveImage } from '@/components/responsive-image';
import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/urls';

/** The front page's top story: the largest image on the page, so preloaded, never lazy. */
export function LeadStory({ article, sectionName }: { article: Article; sectionName?: string }) {
  return (
    <article className="lead-story__lead">
      <div className="lead-story__media">
        <ResponsiveImage
          image={article.image}
          sizes="(min-width: 1232px) 780px, (min-width: 900px) 64vw, 100vw"
          priority
        />
      </div>
      <div className="lead-story__copy">
        {sectionName && <p className="kicker">{sectionName}</p>}
        <h2 className="lead-story__headline">
          <a href={articlePath(article)} className="stretched-link__link">
            {article.title}
          </a>
        </h2>
        <p className="lead-story__summary">{article.summary}</p>
        <p className="meta">
          <TimeStamp date={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
