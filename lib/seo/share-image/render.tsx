import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { SHARE_IMAGE_SIZE, type ShareCard } from '../share-card';
import { CardElement } from './card-element';
import { shareImageFonts } from './fonts';
import { photoDataUrl } from './photo';

/** WhatsApp's preview limit is unconfirmed (300 KB or 600 KB reported): stay under the lower. */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024;

/**
 * Renders a card to PNG. Satori's PNG of a photo is far over 300 KB, so it is re-encoded as a
 * palette PNG (libimagequant), stepping quality down until it fits.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE_SIZE;
  const photo = card.photo ? await photoDataUrl(card.photo, width, height) : undefined;
  const response = new ImageResponse(<CardElement card={card} photo={photo} />, {
    width,
    height,
    fonts: await shareImageFonts(),
  });
  const raw = Buffer.from(await response.arrayBuffer());
  let png = raw;
  for (const quality of [90, 75, 60, 45]) {
    png = await sharp(raw)
      .png({ palette: true, quality, effort: 8, compressionLevel: 9 })
      .toBuffer();
    if (png.length <= SHARE_IMAGE_MAX_BYTES) break;
  }
  return png;
}
