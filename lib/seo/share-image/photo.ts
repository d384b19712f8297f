import path from 'node:path';
import sharp from 'sharp';
import { publicRoot } from '../../content/paths';

/** A public image cropped to the card's size, as a data URL Satori can draw. */
export async function photoDataUrl(src: string, width: number, height: number): Promise<string> {
  const jpeg = await sharp(path.join(publicRoot(), src))
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
