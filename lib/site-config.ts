/**
 * The publication's identity. Everything a newsroom would change to run Warta under its own
 * name lives here; the base URL can be overridden per deployment with WARTA_SITE_URL.
 */
const DEFAULT_SITE_URL = 'https://www.riau24.com';

function siteUrlFromEnv(): string {
  const raw = process.env.WARTA_SITE_URL?.trim() || DEFAULT_SITE_URL;
  const url = new URL(raw);
  return url.origin;
}

function positiveInt(raw: string | undefined): number | undefined {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export const siteConfig = {
  name: process.env.WARTA_SITE_NAME?.trim() || 'Riau24',
  legalName: 'PT Riau Dua Empat Media',
  tagline: 'Berita Riau, Indonesia, dan dunia',
  description:
    'Riau24 menyajikan berita terkini dari Riau, Indonesia, dan mancanegara: politik, ekonomi, olahraga, dan peristiwa internasional.',
  url: siteUrlFromEnv(),
  lang: 'id',
  locale: 'id-ID',
  ogLocale: 'id_ID',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  /** Fixed UTC offset of Asia/Jakarta; Indonesia has no daylight saving time. */
  utcOffset: '+07:00',
  logo: { src: '/logo.png', width: 600, height: 60 },
  /**
   * The image of an article that has none of its own (an imported post without a featured
   * image): the site's mark on a plain ground, a placeholder in lists and previews, never shown
   * as the article's lead photo (components/article/hero-figure.tsx).
   */
  defaultImage: '/images/wp/gambar-bawaan.jpg',
  email: 'redaksi@riau24.com',
  address: 'Jl. Jenderal Sudirman No. 24, Pekanbaru, Riau 28282',
  phone: '+62 761 000 024',
  /** Articles per listing page; WARTA_ARTICLES_PER_PAGE overrides (tests paginate a small corpus). */
  articlesPerPage: positiveInt(process.env.WARTA_ARTICLES_PER_PAGE) ?? 10,
} as const;

export type SiteConfig = typeof siteConfig;

/** Whether an article's image is the site default image rather than a photo of its own. */
export function isSiteDefaultImage(src: string): boolean {
  return src === siteConfig.defaultImage;
}
