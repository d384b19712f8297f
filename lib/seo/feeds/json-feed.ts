import { toIsoWib } from '../../dates';
import { siteConfig } from '../../site-config';
import { absoluteUrl } from '../../urls';
import type { FeedChannel, FeedItem } from './model';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), served as application/feed+json. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  /** WebSub hubs that push this feed (JSON Feed 1.1 "hubs"). */
  hubs?: { type: string; url: string }[];
  description: string;
  icon: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    image: string;
    date_published: string;
    date_modified: string;
    authors: { name: string; url: string }[];
    tags: string[];
  }[];
}

export function jsonFeed(channel: FeedChannel, items: FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    ...(channel.hub ? { hubs: [{ type: 'WebSub', url: channel.hub }] } : {}),
    description: channel.description,
    icon: absoluteUrl(siteConfig.logo.src),
    language: siteConfig.lang,
    authors: [{ name: siteConfig.name, url: absoluteUrl('/') }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      image: item.image.url,
      date_published: toIsoWib(item.published),
      date_modified: toIsoWib(item.modified),
      authors: item.authors,
      tags: item.categories.map((c) => c.name),
    })),
  };
}
