import { cacheTags } from './names';

/**
 * The tags each cached template carries: what it reads. A route handler or page calls
 * `await tagRoute(routeTags.…)` (./attach.ts) while it renders, and planInvalidation
 * (../invalidation/plan.ts) revalidates those tags. Every reader page shows the section navigation
 * and the standing pages in its chrome.
 */
const chrome = [cacheTags.sections, cacheTags.pages];

export const routeTags = {
  /** An article page: itself, its bylines, and its "latest" and related lists. */
  article: (a: {
    id: string;
    section: string;
    /** Tag names or slugs, or the article's own tags. */
    tags: readonly (string | { slug: string })[];
    authors: readonly string[];
  }) => [
    ...chrome,
    cacheTags.article(a.id),
    cacheTags.latest,
    cacheTags.section(a.section),
    ...a.tags.map((t) => cacheTags.tag(typeof t === 'string' ? t : t.slug)),
    ...a.authors.map(cacheTags.author),
  ],
  /** An article URL that answers no live page (404 yet, 308 to its slug, 410 withdrawn). */
  articleUrl: (id: string) => [...chrome, cacheTags.article(id)],
  /** The 404 document of a path no content claims. */
  notFound: () => [...chrome],
  front: () => [...chrome, cacheTags.latest],
  /** Listing pages, every page of them: their list, and the "latest" column beside it. */
  section: (id: string) => [...chrome, cacheTags.latest, cacheTags.section(id)],
  tag: (name: string) => [...chrome, cacheTags.latest, cacheTags.tag(name)],
  author: (id: string) => [
    ...chrome,
    cacheTags.latest,
    cacheTags.author(id),
    cacheTags.authorList(id),
  ],
  page: (slug: string) => [...chrome, cacheTags.page(slug)],
  /** Share image of an article. */
  shareImage: (id: string) => [cacheTags.article(id)],
  /** A share image URL (/og/<kind>/<key>/…): what its card shows. */
  shareCard: (kind: string, key: string): string[] => {
    switch (kind) {
      case 'berita':
        return [cacheTags.article(key), cacheTags.sections];
      case 'kanal':
        return [cacheTags.sections];
      case 'tag':
        return [cacheTags.tag(key)];
      case 'penulis':
        return [cacheTags.author(key)];
      default:
        return [];
    }
  },
  siteFeed: () => [cacheTags.feeds, cacheTags.latest],
  /** A section feed: that section's list; an author change reaches it by its route pattern. */
  sectionFeed: (id: string) => [cacheTags.sections, cacheTags.section(id)],
  sitemaps: () => [cacheTags.sitemaps],
  newsSitemap: () => [cacheTags.newsSitemap, cacheTags.latest],
  search: () => [...chrome, cacheTags.search],
};
