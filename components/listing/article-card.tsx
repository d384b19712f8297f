import { ResponsiveImage } from '@/components/responsive-image';
import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { isSiteDefaultImage } from '@/lib/site-config';
import { articlePath } from '@/lib/urls';

/**
 * stack: image above text; row: listing row; mini: small thumbnail row; tile: mini on phones,
 * stack from 600 px; text: no image.
 */
export type CardVariant = 'stack' | 'row' | 'mini' | 'tile' | 'text';

interface ArticleCardProps {
  article: Article;
  variant: CardVariant;
  /** Printed above the headline when the list mixes sections. */
  sectionName?: string;
  headingLevel?: 2 | 3;
  showSummary?: boolean;
  /** The image's rendered width, for the browser to pick from srcset. */
  imageSizes?: string;
}

const defaultSizes: Record<CardVariant, string> = {
  stack: '(min-width: 900px) 400px, 100vw',
  row: '(min-width: 900px) 240px, 128px',
  mini: '96px',
  tile: '(min-width: 1232px) 280px, (min-width: 600px) 30vw, 96px',
  text: '0px',
};

/** One article in a list: the headline is the only link; it stretches over the whole card. */
export function ArticleCard({
  article,
  variant,
  sectionName,
  headingLevel = 2,
  showSummary = false,
  imageSizes,
}: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`article-card__card article-card__${variant}`}>
      {variant !== 'text' && (
        <div className="article-card__media">
          <ResponsiveImage
            image={
              // The site default image is decoration: the headline says what the card is.
              isSiteDefaultImage(article.image.src) ? { ...article.image, alt: '' } : article.image
            }
            sizes={imageSizes ?? defaultSizes[variant]}
          />
        </div>
      )}
      <div className="article-card__copy">
        {sectionName && <p className="kicker">{sectionName}</p>}
        <Heading className="article-card__headline">
          <a href={articlePath(article)} className="stretched-link__link">
            {article.title}
          </a>
        </Heading>
        {showSummary && <p className="article-card__summary">{article.summary}</p>}
        <p className="meta">
          <TimeStamp date={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
