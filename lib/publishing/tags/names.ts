import { slugify } from '../../slug';

/**
 * The cache tags of the site: every cached page and route handler carries the tags of what it
 * reads (tagRoute in ./attach.ts), and a content change revalidates exactly those tags.
 * A tag names a piece of content or a list, never a URL, so that a list's later pages, the
 * related lists on other articles and the share images follow without being enumerated.
 */
export const cacheTags = {
  /** The article itself: its page, its share image, its URL decision. */
  article: (id: string) => `a:${id}`,
  /** Everything that lists the newest articles: front page, "latest" on articles, site feeds. */
  latest: 'l:latest',
  /** A section's listing pages, its feed, and related lists that draw on it. */
  section: (id: string) => `l:section:${id}`,
  /** A tag's listing pages and related lists that draw on it; takes the tag name or slug. */
  tag: (name: string) => `l:tag:${slugify(name)}`,
  /** An author's listing pages. */
  authorList: (id: string) => `l:author:${id}`,
  /** An author's profile (name, bio) wherever it is shown: bylines, author pages. */
  author: (id: string) => `p:author:${id}`,
  /** The section list itself (navigation in every page's header and footer). */
  sections: 'p:sections',
  /** One standing page, and the list of them (footer links). */
  page: (slug: string) => `p:page:${slug}`,
  pages: 'p:pages',
  /** The sitemap index and its children, the Google News sitemap, every feed, search results. */
  sitemaps: 'm:sitemaps',
  newsSitemap: 'm:news-sitemap',
  feeds: 'm:feeds',
  search: 'm:search',
} as const;
