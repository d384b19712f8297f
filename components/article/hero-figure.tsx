import { ResponsiveImage } from '@/components/responsive-image';
import type { ArticleImage } from '@/lib/content';
import { strings } from '@/lib/strings';
import styles from './hero-figure.module.css';

/** The article's lead image: the page's largest paint, so it is preloaded, never lazy. */
export function HeroFigure({ image }: { image: ArticleImage }) {
  return (
    <figure className={styles.figure}>
      <ResponsiveImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1232px) 760px, (min-width: 900px) 62vw, 100vw"
        priority
        className={styles.image}
      />
      <figcaption className={styles.caption}>
        {image.caption && <span>{image.caption} </span>}
        <span className={styles.credit}>{strings.photoCredit(image.credit)}</span>
      </figcaption>
    </figure>
  );
}
