import type { SearchRequest } from './port';
import { recencyFactor } from './search-text';

/**
 * How many of a query's newest matching articles are ranked. A common word ("pemerintah")
 * matches most of an archive: scoring every match costs time in proportion to the archive
 * (1.6 s at 100,000 articles on SQLite), so both engines take the newest matches from an index
 * walked newest first and rank only those. A reader asking a common word gets the most relevant
 * of the recent stories, and the page says there are more; a rarer word is ranked whole.
 */
export const SEARCH_CANDIDATES = 1_000;

export interface SearchCandidate {
  id: string;
  publishedAt: string;
  /** The engine's relevance, larger is better (ts_rank; -bm25 on SQLite). */
  relevance: number;
}

export interface RankedPage {
  ids: string[];
  /** Matches ranked: all of them, or the newest `candidates` when `capped`. */
  totalHits: number;
  /** More articles match than were ranked. */
  capped: boolean;
}

/** How many candidates a request ranks (tests ask for fewer). */
export function candidateLimit(request: SearchRequest): number {
  return request.candidates ?? SEARCH_CANDIDATES;
}

/**
 * One page of the candidates (newest first, one more than the limit when there are more),
 * ordered by relevance times recency, then newest, then id: the same order on either engine.
 */
export function rankCandidates(
  newestFirst: SearchCandidate[],
  request: SearchRequest,
  nowMs: number,
): RankedPage {
  const limit = candidateLimit(request);
  const pool = newestFirst.slice(0, limit).map((c) => ({
    ...c,
    score: c.relevance * recencyFactor(c.publishedAt, nowMs),
  }));
  pool.sort(
    (a, b) =>
      b.score - a.score ||
      (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const { page, perPage } = request.page;
  return {
    ids: pool.slice((page - 1) * perPage, page * perPage).map((c) => c.id),
    totalHits: pool.length,
    capped: newestFirst.length > limit,
  };
}
