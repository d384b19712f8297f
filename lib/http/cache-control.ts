/**
 * Cache-Control for a CDN in front of the site. Browsers revalidate often (news changes); the
 * CDN keeps a copy for minutes and may serve it stale for a day while it refetches.
 */
export const cacheControl = {
  /** Feeds, sitemaps, robots.txt. */
  machineReadable: 'public, max-age=300, s-maxage=600, stale-while-revalidate=86400',
  /** Share images and crops: their URLs carry a fingerprint of what they show. */
  fingerprinted: 'public, max-age=31536000, immutable',
  /** Pages answered per request (search results): neither browsers nor CDNs keep them. */
  perRequest: 'private, no-cache, no-store, max-age=0, must-revalidate',
  /** Error answers that must not be kept anywhere (the 503 while the store is down). */
  never: 'no-store',
  /** The 308 of an imported site's old address: a day at a shared cache, an hour in a browser. */
  oldAddress: 'public, max-age=3600, s-maxage=86400',
  /** Article photos under /images/: stable names, rarely replaced. */
  publicImages: 'public, max-age=86400, stale-while-revalidate=604800',
} as const;

/** Seconds a client should wait before asking again after a 503: about one PostgreSQL restart. */
export const RETRY_AFTER_SECONDS = 30;
