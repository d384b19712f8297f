import { getImageProps } from 'next/image';
import { TimeStamp } from '@/components/time-stamp';
import type { SearchHit as Hit } from '@/lib/search';
import { articlePath } from '@/lib/urls';
import { HighlightedText } from './highlighted-text';
import styles from './search-hit.module.css';

/** One result: section, headline and an excerpt with the query's words marked, and the time. */
export function SearchHit({ hit }: { hit: Hit }) {
  const { article } = hit;
  // getImageProps gives next/image's srcset without its client component, so results ship no JS.
  const { props: image } = getImageProps({
    src: article.image.src,
    alt: '',
    width: article.image.width,
    height: article.image.height,
    sizes: '(min-width: 900px) 160px, 96px',
    loading: 'lazy',
  });
  return (
    <article className={styles.hit}>
      <div className={styles.copy}>
        <p className="kicker">{hit.sectionName}</p>
        <h2 className={styles.headline}>
          <a href={articlePath(article)} className={styles.link}>
            <HighlightedText segments={hit.title} />
          </a>
        </h2>
        <p className={styles.excerpt}>
          <HighlightedText segments={hit.excerpt} />
        </p>
        <p className="meta">
          <TimeStamp date={article.publishedAt} />
        </p>
      </div>
      <div className={styles.media}>
        {/* eslint-disable-next-line @next/next/no-img-element -- props from getImageProps */}
        <img {...image} alt="" />
      </div>
    </article>
  );
}
