import type { Article, Author, Section } from '../../content';
import { siteConfig } from '../../site-config';
import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath } from '../../urls';
import { websubHubUrl } from '../../publishing/crawlers/config';
import { contentHtml, summaryHtml } from './html';

/** One feed entry, whatever the format; every URL absolute. */
export interface FeedItem {
  /** Stable across slug and section changes: the article's id URL. */
  id: string;
  url: string;
  title: string;
  summary: string;
  summaryHtml: string;
  contentHtml: string;
  published: Date;
  modified: Date;
  authors: { name: string; url: string }[];
  categories: { name: string; url: string }[];
  image: { url: string; type: string; width: number; height: number; alt: string };
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page this feed mirrors. */
  homeUrl: string;
  /** The feed's own URL. */
  selfUrl: string;
  /** Newest change among the items; the fixed now when there are none. */
  updated: Date;
  /** The WebSub hub that pushes this feed to subscribers (WARTA_WEBSUB_HUB), if any. */
  hub?: string;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

function imageType(src: string): string {
  return IMAGE_TYPES[src.split('.').pop()?.toLowerCase() ?? ''] ?? 'image/jpeg';
}

/** `bodyHtml` is the article body from lib/content/render-body.ts. */
export function feedItem(
  article: Article,
  authors: Author[],
  section: Section,
  bodyHtml: string,
): FeedItem {
  return {
    id: absoluteUrl(`/berita/${article.id}`),
    url: absoluteUrl(articlePath(article)),
    title: article.title,
    summary: article.summary,
    summaryHtml: summaryHtml(article.summary),
    contentHtml: contentHtml(article, bodyHtml),
    published: article.publishedAt,
    modified: article.modifiedAt,
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.id)) })),
    categories: [
      { name: section.name, url: absoluteUrl(sectionPath(section.id)) },
      ...article.tags.map((t) => ({ name: t.name, url: absoluteUrl(tagPath(t.name)) })),
    ],
    image: {
      url: absoluteUrl(article.image.src),
      type: imageType(article.image.src),
      width: article.image.width,
      height: article.image.height,
      alt: article.image.alt,
    },
  };
}

export function feedChannel(input: {
  title?: string;
  description?: string;
  homePath: string;
  selfPath: string;
  items: FeedItem[];
  now: Date;
}): FeedChannel {
  const newest = input.items.reduce<Date | undefined>(
    (best, item) => (!best || item.modified > best ? item.modified : best),
    undefined,
  );
  return {
    title: input.title ?? siteConfig.name,
    description: input.description ?? siteConfig.description,
    homeUrl: absoluteUrl(input.homePath),
    selfUrl: absoluteUrl(input.selfPath),
    updated: newest ?? input.now,
    ...(websubHubUrl() ? { hub: websubHubUrl() } : {}),
  };
}
