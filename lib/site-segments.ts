import { DESK_SEGMENT } from './desk-paths';

/**
 * The first path segments Warta answers itself: its routes (app/), the files it serves from
 * public/ and its build. A standing page answers at /<slug>, so no page may take one of these
 * (lib/content/schema.ts); lib/site-segments.test.ts holds the list against app/ and public/.
 * Segments with a dot or an underscore ("sitemap.xml", "_next") cannot be a slug anyway.
 */
export const SITE_SEGMENTS: ReadonlySet<string> = new Set([
  DESK_SEGMENT,
  'api',
  'berita',
  'cari',
  'feed',
  'img',
  'kanal',
  'og',
  'penulis',
  'pratinjau',
  'sitemaps',
  'tag',
  // public/: the images of articles and imports, and what npm run assets writes.
  'images',
  'assets',
  'icons',
]);
