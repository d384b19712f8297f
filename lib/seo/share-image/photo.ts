import sharp from 'sharp';
import { publicImageFile } from '../../content/paths';
import { strings } from '../../strings';

/** A public image cropped to the card's size, as a data URL Satori can draw. */
export async function photoDataUrl(src: string, width: number, height: number): Promise<string> {
  const file = publicImageFile(src);
  if (!file) throw new Error(strings.content.imageOutsidePublic(src));
  const jpeg = await sharp(file)
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
