import path from 'node:path';
import sharp from 'sharp';
import type { ArticleImage } from '../content';
import { publicRoot } from '../content/paths';
import { CROPS, type CropName } from './image-crops';

/** One crop of an article's image for structured data, enlarged if the original is smaller. */
export async function renderCrop(image: ArticleImage, crop: CropName): Promise<Buffer> {
  const { width, height } = CROPS[crop];
  return sharp(path.join(publicRoot(), image.src))
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
