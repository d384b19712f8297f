import { excerptOf, RESULTS_PER_PAGE, type SearchHit, type SearchResults } from '../search';
import { highlight } from '../search/highlight';
import { normaliseQuery, parseQuery } from '../search/query';
import { listSections, searchStore } from './index';

/** Live articles matching a reader's query, ranked by the store's full-text index, with highlights. */
export async function searchArticles(rawQuery: unknown, page = 1): Promise<SearchResults> {
  const query = normaliseQuery(rawQuery);
  const terms = parseQuery(query);
  const empty = {
    query,
    hits: [],
    totalHits: 0,
    capped: false,
    page,
    totalPages: 0,
    partial: false,
  };
  if (terms.length === 0) return { ...empty, searched: false };

  const [found, sections] = await Promise.all([
    searchStore(
      terms.map((t) => ({ word: t.word, roots: [...t.roots] })),
      page,
      RESULTS_PER_PAGE,
    ),
    listSections(),
  ]);
  const sectionNames = new Map(sections.map((s) => [s.id, s.name]));
  const hits = found.articles.map((article): SearchHit => ({
    article,
    sectionName: sectionNames.get(article.section) ?? article.section,
    title: highlight(article.title, terms),
    excerpt: excerptOf(article, found.headlines?.get(article.id), terms),
  }));
  return {
    ...empty,
    searched: true,
    hits,
    totalHits: found.totalHits,
    capped: found.capped,
    totalPages: Math.ceil(found.totalHits / RESULTS_PER_PAGE),
    partial: found.partial,
  };
}
