import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { toIsoWib } from '../dates';
import { DESK_IMAGES_PREFIX, type DeskImagesStore } from '../store/images-port';

/**
 * Images uploaded from the desk: a JPEG, PNG or WebP (known by its content, not its name or
 * declared type), decoded and encoded again by sharp (which drops its metadata, GPS included,
 * after turning it upright), kept in the store by the hash of the bytes written (so every
 * instance has it, lib/store/public-images.ts) and written under
 * `public/images/desk/<yyyy>/<mm>/<hash>.<ext>` (the month of the first upload in WIB), so the
 * same image uploaded twice is one row and one file. Content then names it like any image under
 * public/images/.
 */

/** The largest upload read (bytes); a larger one is refused unread (413). */
export const IMAGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** The most pixels decoded: a small file may declare a huge image (a decompression bomb). */
const MAX_PIXELS = 50_000_000;

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
const TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
type Format = keyof typeof EXTENSIONS;

export interface StoredImage {
  /** The path content names it by ("/images/desk/2026/01/….jpg"). */
  src: string;
  width: number;
  height: number;
}

/** Encoded again in its own format, metadata dropped; 'unsupported' for anything else. */
async function reencoded(
  bytes: Uint8Array,
): Promise<{ data: Buffer; format: Format; width: number; height: number } | 'unsupported'> {
  try {
    const { format } = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    if (format !== 'jpeg' && format !== 'png' && format !== 'webp') return 'unsupported';
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
    const encoded =
      format === 'jpeg'
        ? image.jpeg({ quality: 85, mozjpeg: true })
        : format === 'png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, format, width: info.width, height: info.height };
  } catch {
    // Not an image sharp can read (a renamed file, a truncated or hostile one).
    return 'unsupported';
  }
}

/**
 * Checks and encodes again an uploaded image, keeps it in the store and writes it under
 * `publicRoot`; 'unsupported' if it is none.
 */
export async function storeUpload(
  images: DeskImagesStore,
  publicRoot: string,
  bytes: Uint8Array,
  now: Date,
): Promise<StoredImage | 'unsupported'> {
  const image = await reencoded(bytes);
  if (image === 'unsupported') return image;
  const hash = createHash('sha256').update(image.data).digest('hex');
  const [year, month] = toIsoWib(now).split('-');
  const src = await images.putImage({
    hash,
    path: `${DESK_IMAGES_PREFIX}${year}/${month}/${hash.slice(0, 16)}.${EXTENSIONS[image.format]}`,
    type: TYPES[image.format],
    width: image.width,
    height: image.height,
    bytes: image.data,
    createdAt: now,
  });
  const file = path.join(publicRoot, ...src.split('/').filter(Boolean));
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, image.data, { flag: 'wx' });
  } catch (error) {
    // The same bytes, uploaded before: the file is already there.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return { src, width: image.width, height: image.height };
}

export interface ImageText {
  alt: string;
  caption: string;
  credit: string;
}

/** The body's Markdown for the image: `![alt](src "caption")`, brackets and quotes escaped. */
export function imageMarkdown(src: string, { alt, caption }: ImageText): string {
  const escapedAlt = alt.replace(/[\\[\]]/g, (c) => `\\${c}`);
  const title = caption ? ` "${caption.replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
  return `![${escapedAlt}](${src}${title})`;
}

/** The frontmatter's lead image (`image:` with src, alt, caption, credit), as YAML. */
export function imageFrontmatter(src: string, { alt, caption, credit }: ImageText): string {
  return stringify({ image: { src, alt, ...(caption && { caption }), credit } });
}
