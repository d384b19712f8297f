import { renderBodyHtml } from '../content/render-body';
import type { Article } from '../content/types';
import { articlePath } from '../urls';
import { getArticle } from './index';

/** An article's body as sanitised HTML; read-also blocks link live articles only. */
export function renderArticleBodyHtml(article: Article): Promise<string> {
  return renderBodyHtml(article, async (id) => {
    const target = await getArticle(id);
    return target && { title: target.title, url: articlePath(target) };
  });
}
