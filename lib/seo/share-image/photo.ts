import sharp from 'sharp';
import { publicImageFile } from '../../content/paths';
import { publicImagePath } from '../../queries';
import { strings } from '../../strings';

/** A public image cropped to the card's size, as a data URL Satori can draw. */
export async function photoDataUrl(src: string, width: number, height: number): Promise<string> {
  // A desk upload another instance received is written here from the store first.
  const file = (await publicImagePath(src)) ?? publicImageFile(src);
  if (!file) throw new Error(strings.content.imageOutsidePublic(src));
  const jpeg = await sharp(file)
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
