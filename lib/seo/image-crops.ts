import type { ArticleImage } from '../content';
import { fingerprint } from './hash';

/** The three aspect ratios Google's Article guidelines ask for, each at least 1200 px wide. */
export const CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[];

export function isCropName(value: string): value is CropName {
  return Object.hasOwn(CROPS, value);
}

export function cropVersion(image: Pick<ArticleImage, 'src' | 'width' | 'height'>): string {
  return fingerprint([image.src, image.width, image.height]);
}

/** "16x9-1a2b3c4d5e6f.jpg": the version changes when the article's image changes. */
export function cropFileName(
  crop: CropName,
  image: Pick<ArticleImage, 'src' | 'width' | 'height'>,
): string {
  return `${crop}-${cropVersion(image)}.jpg`;
}

export function parseCropFileName(file: string): { crop: CropName; version: string } | undefined {
  const [, crop, version] = /^(16x9|4x3|1x1)-([0-9a-f]{12})\.jpg$/.exec(file) ?? [];
  if (!crop || !version || !isCropName(crop)) return undefined;
  return { crop, version };
}

export function cropPath(articleId: string, crop: CropName, image: ArticleImage): string {
  return `/img/berita/${articleId}/${cropFileName(crop, image)}`;
}
