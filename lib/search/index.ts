import type { Article } from '../content/types';
import { parsePageNumber } from '../pagination';
import { hasMatch, headlineSnippet, highlight, snippet, type Segment } from './highlight';
import type { QueryTerm } from './query';

/**
 * A reader's query taken apart, matched and marked, with no store: words folded and stemmed
 * (./fold.ts, ./stemmer.ts), excerpts and highlights (./highlight.ts); lib/queries/search.ts runs
 * it against the store. Layers (docs/layers.md): above content, below the store, which indexes
 * articles with these words.
 */

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
