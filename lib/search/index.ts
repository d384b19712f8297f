import { type Article, listSections, searchStore } from '../content';
import { parsePageNumber } from '../pagination';
import { hasMatch, headlineSnippet, highlight, snippet, type Segment } from './highlight';
import { normaliseQuery, parseQuery, type QueryTerm } from './query';

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
  /** More articles match than were ranked: the newest ones were (lib/store/search-rank.ts). */
  capped: boolean;
  page: number;
  totalPages: number;
  /** No article holds every word; these hold some of them. */
  partial: boolean;
}

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

/** The engine's excerpt where it made one, else a window around our first match, else the summary. */
export function excerptOf(
  article: Article,
  headline: string | undefined,
  terms: QueryTerm[],
): Segment[] {
  const fromEngine =
    headline === undefined ? undefined : headlineSnippet(headline, article.text, terms);
  if (fromEngine) return fromEngine;
  return hasMatch(article.text, terms)
    ? snippet(article.text, terms)
    : highlight(article.summary, terms);
}

/** The results page asked for in ?halaman=; anything but a plain number above 1 is page 1. */
export function resultsPageNumber(raw: unknown): number {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return 1;
  const parsed = parsePageNumber(first);
  return parsed.kind === 'page' ? parsed.page : 1;
}
