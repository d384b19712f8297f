import sharp from 'sharp';
import type { ArticleImage } from '../content';
import { publicImageFile } from '../content/paths';
import { publicImagePath } from '../queries';
import { strings } from '../strings';
import { CROPS, type CropName } from './image-crops';

/** One crop of an article's image for structured data, enlarged if the original is smaller. */
export async function renderCrop(image: ArticleImage, crop: CropName): Promise<Buffer> {
  const { width, height } = CROPS[crop];
  // A desk upload another instance received is written here from the store first.
  const file = (await publicImagePath(image.src)) ?? publicImageFile(image.src);
  if (!file) throw new Error(strings.content.imageOutsidePublic(image.src));
  return sharp(file)
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
