import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import type { ArticleImage } from '@/lib/content';

interface ResponsiveImageProps {
  /** The image: its file, its alternative text and its size in pixels. */
  image: Pick<ArticleImage, 'src' | 'alt' | 'width' | 'height'>;
  sizes: string;
  /** The page's largest image: eager, high priority and preloaded in <head>. */
  priority?: boolean;
  className?: string;
}

/**
 * next/image's optimised srcset (AVIF/WebP via sharp) as a plain server-rendered <img>:
 * getImageProps gives the same markup without shipping next/image's client component.
 */
export function ResponsiveImage({ image, sizes, priority, className }: ResponsiveImageProps) {
  const { src, alt, width, height } = image;
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    className,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  });
  if (priority) {
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    });
  }
  // Without getImageProps' inline style (color: transparent, hiding the alt text while the
  // image loads): the CSP allows no inline style, and a failed image then shows its alt text.
  // eslint-disable-next-line @next/next/no-img-element -- props come from getImageProps
  return <img {...props} style={undefined} alt={alt} />;
}
