import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { siteConfig } from '../../site-config';
import { strings } from '../../strings';
import type { FirstPass } from './first-pass';
import { authorIdOf, type MapContext, type SectionMap } from './map';
import type { UploadsResolver } from './uploads';
import type { WxrSite } from './wxr-records';

/**
 * The context an import run maps its posts in (./map.ts): the old site's settings (address, name,
 * time zone, dateline, the image of posts without one), its attachments and copied images, the
 * section mapping, and the authors the posts name, gathered as they are met.
 */

const s = strings.wordpressImport;

export interface RunContext {
  ctx: MapContext;
  siteName: string;
  /** The WordPress logins of the mapped posts' authors. */
  usedAuthors: Set<string>;
}

export async function mapContext(
  site: WxrSite,
  siteUrl: string,
  first: FirstPass,
  sections: SectionMap,
  uploads: UploadsResolver,
  options: { publicDir: string; utcOffset?: string; dateline?: string },
): Promise<RunContext> {
  const defaultImage = await ensureDefaultImage(options.publicDir);
  const siteName = site.title || siteConfig.name;
  const usedAuthors = new Set<string>();
  const ctx: MapContext = {
    siteUrl,
    attachment: (id) => first.attachments.get(id),
    image: (url) => uploads.image(url),
    site: {
      siteUrl,
      siteName,
      utcOffset: options.utcOffset ?? siteConfig.utcOffset,
      dateline: (options.dateline ?? siteName.toUpperCase()).slice(0, 60),
      defaultImage: { src: defaultImage, alt: s.defaultImageAlt(siteName), credit: siteName },
    },
    sections,
    authorOf(login) {
      const id = authorIdOf(login);
      usedAuthors.add(login);
      return id;
    },
  };
  return { ctx, siteName, usedAuthors };
}

/**
 * The site default image (siteConfig.defaultImage) for posts without a featured image, made
 * when the project has none: the site's icon (public/icon.png) on a plain warm ground, 16:9.
 * Lists show it in the picture's place; the article's page shows no lead figure for it.
 */
async function ensureDefaultImage(publicDir: string): Promise<string> {
  const src = siteConfig.defaultImage;
  const file = path.join(publicDir, src);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    await drawDefaultImage(path.join(publicDir, 'icon.png'), file);
  }
  return src;
}

export async function drawDefaultImage(icon: string, file: string): Promise<void> {
  const mark = existsSync(icon)
    ? [{ input: await sharp(icon).resize(168, 168).toBuffer(), gravity: 'center' as const }]
    : [];
  await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#ebe7e1' } })
    .composite(mark)
    .jpeg({ quality: 80, mozjpeg: true })
    .toFile(file);
}
