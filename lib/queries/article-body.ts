import { renderBodyHtml } from '../content/render-body';
import type { Article } from '../content/types';
import { articlePath } from '../urls';
import { getArticle } from './index';

/** An article's body as sanitised HTML; read-also blocks link live articles only. */
export function renderArticleBodyHtml(article: Article): Promise<string> {
  return renderBodyHtml(article, liveArticle);
}

/** The body for feed readers, where no script runs: each embed is a link to its original. */
export function renderArticleFeedHtml(article: Article): Promise<string> {
  return renderBodyHtml(article, liveArticle, 'link');
}

async function liveArticle(id: string) {
  const target = await getArticle(id);
  return target && { title: target.title, url: articlePath(target) };
}
