import {
  getArticleAuthors,
  getSection,
  listLatestArticles,
  listLatestInSection,
  listSections,
  type Article,
} from '../../queries';
import { renderArticleFeedHtml } from '../../queries/article-body';
import { now } from '../../now';
import { siteConfig } from '../../site-config';
import { feedPath, sectionFeedPath, sectionPath, type FeedFormat } from '../../urls';
import { feedChannel, feedItem, type FeedChannel, type FeedItem } from './model';

const SITE_FEED_SIZE = 30;
const SECTION_FEED_SIZE = 20;

export interface FeedData {
  channel: FeedChannel;
  items: FeedItem[];
}

async function toItems(articles: Article[]): Promise<FeedItem[]> {
  const sections = new Map((await listSections()).map((s) => [s.id, s]));
  return Promise.all(
    articles.flatMap((article) => {
      const section = sections.get(article.section);
      return section
        ? [
            Promise.all([getArticleAuthors(article), renderArticleFeedHtml(article)]).then(
              ([authors, bodyHtml]) => feedItem(article, authors, section, bodyHtml),
            ),
          ]
        : [];
    }),
  );
}

/** The latest live articles of the whole site, newest first. */
export async function siteFeed(format: FeedFormat): Promise<FeedData> {
  const items = await toItems(await listLatestArticles(SITE_FEED_SIZE));
  return {
    channel: feedChannel({ homePath: '/', selfPath: feedPath(format), items, now: now() }),
    items,
  };
}

export async function sectionFeed(sectionId: string): Promise<FeedData | undefined> {
  const section = await getSection(sectionId);
  if (!section) return undefined;
  const items = await toItems(await listLatestInSection(section.id, SECTION_FEED_SIZE));
  return {
    channel: feedChannel({
      title: `${siteConfig.name} - ${section.name}`,
      description: section.description,
      homePath: sectionPath(section.id),
      selfPath: sectionFeedPath(section.id),
      items,
      now: now(),
    }),
    items,
  };
}
