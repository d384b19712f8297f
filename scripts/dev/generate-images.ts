/**
 * `npm run images`: draws the bundled images, committed in public/: each demo article's
 * illustration (public/images/articles/<name>.jpg, one SVG composition each, rendered with
 * sharp), public/logo.png and public/icon.png. Nothing is fetched. Run it after adding an entry
 * to ILLUSTRATIONS (./images/illustrations.ts) for a new article's image; another version of
 * sharp (libvips, mozjpeg) may encode the unchanged images to other bytes that look the same.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { iconSvg, logoSvg } from './images/brand-svg';
import { illustrationSvg } from './images/illustration-svg';
import { ILLUSTRATIONS } from './images/illustrations';

const PUBLIC = path.join(process.cwd(), 'public');

async function main() {
  const dir = path.join(PUBLIC, 'images', 'articles');
  await mkdir(dir, { recursive: true });
  for (const item of ILLUSTRATIONS) {
    const jpeg = await sharp(Buffer.from(illustrationSvg(item)))
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer();
    await writeFile(path.join(dir, `${item.file}.jpg`), jpeg);
    console.log(`images/articles/${item.file}.jpg  ${(jpeg.length / 1024).toFixed(0)} KB`);
  }
  await writeFile(
    path.join(PUBLIC, 'logo.png'),
    await sharp(Buffer.from(logoSvg)).png().toBuffer(),
  );
  await writeFile(
    path.join(PUBLIC, 'icon.png'),
    await sharp(Buffer.from(iconSvg)).png().toBuffer(),
  );
  console.log('logo.png, icon.png');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
