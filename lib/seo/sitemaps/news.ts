import type { Article } from '../../content';
import { siteConfig } from '../../site-config';
import { absoluteUrl, articlePath } from '../../urls';
import { child, finish, NEWS_NS, SITEMAP_NS, w3cDate, xmlDocument } from './xml';

/** Google News: only articles from the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX_ARTICLES = 1000;

/** `articles` newest first (the store already bounds them to the window and the cap). */
export function newsArticles(articles: Article[], at: Date): Article[] {
  const since = at.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => a.publishedAt.getTime() > since && a.publishedAt.getTime() <= at.getTime())
    .slice(0, NEWS_MAX_ARTICLES);
}

export function newsSitemapXml(articles: Article[]): string {
  const doc = xmlDocument();
  const urlset = child(doc, 'urlset', undefined, { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS });
  for (const article of articles) {
    const url = child(urlset, 'url');
    child(url, 'loc', absoluteUrl(articlePath(article)));
    const news = child(url, 'news:news');
    const publication = child(news, 'news:publication');
    child(publication, 'news:name', siteConfig.name);
    child(publication, 'news:language', siteConfig.lang);
    child(news, 'news:publication_date', w3cDate(article.publishedAt));
    child(news, 'news:title', article.title);
  }
  return finish(doc);
}
