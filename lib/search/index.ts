import { type Article, listAllArticles, listSections } from '../content';
import { now } from '../now';
import { parsePageNumber } from '../pagination';
import { buildSearchIndex, type SearchIndex } from './build-index';
import { hasMatch, highlight, snippet, type Segment } from './highlight';
import { normaliseQuery, parseQuery } from './query';
import { rankDocuments } from './rank';

export type { Segment } from './highlight';
export { MAX_QUERY_LENGTH, normaliseQuery } from './query';

export const RESULTS_PER_PAGE = 10;

export interface SearchHit {
  article: Article;
  sectionName: string;
  title: Segment[];
  /** Around the first match in the body, or the summary when the body does not match. */
  excerpt: Segment[];
}

export interface SearchResults {
  /** The query as searched and shown back: trimmed and cut to MAX_QUERY_LENGTH. */
  query: string;
  /** False for an empty query or one without a single word ("!!!"). */
  searched: boolean;
  hits: SearchHit[];
  totalHits: number;
  page: number;
  totalPages: number;
  /** No article holds every word; these hold some of them. */
  partial: boolean;
}

let cached: { key: string; index: SearchIndex } | undefined;

/**
 * Built once per process on first use. The key catches the rare change in what is live (a
 * scheduled story whose time has come) without rebuilding per request.
 */
async function searchIndex(): Promise<SearchIndex> {
  const articles = await listAllArticles();
  const key = articles.map((a) => a.id).join(' ');
  if (cached?.key !== key)
    cached = { key, index: buildSearchIndex(articles, await listSections()) };
  return cached.index;
}

/** Live articles matching a reader's query, ranked, one page of them with highlights. */
export async function searchArticles(rawQuery: unknown, page = 1): Promise<SearchResults> {
  const query = normaliseQuery(rawQuery);
  const terms = parseQuery(query);
  const empty = { query, hits: [], totalHits: 0, page, totalPages: 0, partial: false };
  if (terms.length === 0) return { ...empty, searched: false };

  const index = await searchIndex();
  const { ranked, partial } = rankDocuments(index, terms, now());
  const pageItems = ranked.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
  const hits = pageItems.map(({ doc }): SearchHit => {
    const { article, sectionName } = index.documents[doc]!;
    const bodyMatches = hasMatch(article.text, terms);
    return {
      article,
      sectionName,
      title: highlight(article.title, terms),
      excerpt: bodyMatches ? snippet(article.text, terms) : highlight(article.summary, terms),
    };
  });
  return {
    ...empty,
    searched: true,
    hits,
    totalHits: ranked.length,
    totalPages: Math.ceil(ranked.length / RESULTS_PER_PAGE),
    partial,
  };
}

/** The results page asked for in ?halaman=; anything but a plain number above 1 is page 1. */
export function resultsPageNumber(raw: unknown): number {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return 1;
  const parsed = parsePageNumber(first);
  return parsed.kind === 'page' ? parsed.page : 1;
}
