import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pngToIco from 'png-to-ico';
import { create } from 'xmlbuilder2';
import sharp from 'sharp';
import { siteConfig } from '../../../lib/site-config';
import { BRAND_COLOUR, ICONS } from '../../../lib/render/icons';

/** The wordmark's digits ("24") in white on the brand red: legible down to 16 px. */
function iconSvg(size: number): Buffer {
  const digits = /\d+$/.exec(siteConfig.name)?.[0] ?? siteConfig.name.slice(0, 2);
  const svg = create({ version: '1.0' })
    .ele('http://www.w3.org/2000/svg', 'svg', {
      width: size,
      height: size,
      viewBox: `0 0 ${size} ${size}`,
    })
    .ele('rect', { width: size, height: size, fill: BRAND_COLOUR })
    .up()
    .ele('text', {
      x: '50%',
      y: '50%',
      dy: '0.35em',
      'text-anchor': 'middle',
      'font-family': 'DejaVu Sans, Arial, sans-serif',
      'font-weight': 700,
      'font-size': Math.round(size * (digits.length > 2 ? 0.42 : 0.56)),
      fill: '#fff',
    })
    .txt(digits)
    .doc();
  return Buffer.from(svg.end());
}

async function png(size: number): Promise<Buffer> {
  return sharp(iconSvg(size)).png({ compressionLevel: 9 }).toBuffer();
}

/** favicon.ico (16, 32, 48), apple-touch-icon.png (180) and the manifest's 192 and 512 PNGs. */
export async function buildIcons(publicDir: string): Promise<void> {
  await mkdir(path.join(publicDir, 'icons'), { recursive: true });
  const icoSizes = [16, 32, 48];
  const ico = await pngToIco(await Promise.all(icoSizes.map(png)));
  await writeFile(path.join(publicDir, 'favicon.ico'), ico);
  for (const icon of ICONS) {
    await writeFile(path.join(publicDir, icon.path.slice(1)), await png(icon.size));
  }
}
