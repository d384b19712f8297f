import { ResponsiveImage } from '@/components/responsive-image';
import type { ArticleImage } from '@/lib/content';
import { ARTICLE_COLUMN_SIZES } from '@/lib/images/optimised-image';
import { strings } from '@/lib/strings';

/** The article's lead image: the page's largest paint, so it is preloaded, never lazy. */
export function HeroFigure({ image }: { image: ArticleImage }) {
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
