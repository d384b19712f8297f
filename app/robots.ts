import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

/** Everything public is crawlable except search results; both sitemaps are listed. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/cari$', '/cari?', '/api/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
