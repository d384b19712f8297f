import { getImageProps } from 'next/image';

export interface ImageSources {
  /** The largest width through the optimiser: what browsers without srcset load. */
  src: string;
  srcSet: string;
  sizes: string;
}

/** An article column image's rendered width: the hero and the body share the column. */
export const ARTICLE_COLUMN_SIZES = '(min-width: 1232px) 760px, (min-width: 900px) 62vw, 100vw';

/** A gallery photo's rendered width: two to a row from 600px (components/article/body-embeds.css). */
export const GALLERY_SIZES =
  '(min-width: 1232px) 372px, (min-width: 900px) 30vw, (min-width: 600px) 50vw, 100vw';

/**
 * The optimiser's URLs for a local image (/_next/image, sharp: AVIF or WebP by the browser's
 * Accept header, resized to the widths in next.config.ts), from next/image's own getImageProps,
 * for markup that is not JSX (article bodies rendered by lib/content).
 */
export function optimisedSources(
  src: string,
  size: { width: number; height: number },
  sizes: string,
): ImageSources {
  const { props } = getImageProps({ src, alt: '', ...size, sizes });
  return { src: props.src, srcSet: props.srcSet ?? '', sizes: props.sizes ?? sizes };
}
