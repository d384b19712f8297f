import { ResponsiveImage } from '@/components/responsive-image';
import type { ArticleImage } from '@/lib/content';
import { ARTICLE_COLUMN_SIZES } from '@/lib/images/optimised-image';
import { isSiteDefaultImage } from '@/lib/site-config';
import { strings } from '@/lib/strings';

/**
 * The article's lead image: the page's largest paint, so it is preloaded, never lazy. An
 * article without a photo of its own (its image is the site default) has no lead figure: a
 * placeholder credited to the site would say nothing about the story.
 */
export function HeroFigure({ image }: { image: ArticleImage }) {
  if (isSiteDefaultImage(image.src)) return null;
  return (
    <figure className="hero-figure__figure">
      <ResponsiveImage
        image={image}
        sizes={ARTICLE_COLUMN_SIZES}
        priority
        className="hero-figure__image"
      />
      <figcaption className="hero-figure__caption">
        {image.caption && <span>{image.caption} </span>}
        <span className="hero-figure__credit">{strings.photoCredit(image.credit)}</span>
      </figcaption>
    </figure>
  );
}
