import type { Kysely, Transaction } from 'kysely';
import type { Article } from '../content/types';
import type { SearchRequest, Visibility } from './port';
import type { Database } from './schema';
import type { SearchCandidate } from './search-rank';

/**
 * How an engine indexes an article for search and answers a search (sqlite/, postgres/): the
 * port the Kysely store (./kysely/) plugs each engine's full-text search into.
 */
export interface SearchEngine {
  index(trx: Transaction<Database>, article: Article, sectionName: string): Promise<void>;
  /** Several articles at once (an ingest batch); engines without a bulk form index one by one. */
  indexMany?(
    trx: Transaction<Database>,
    items: { article: Article; sectionName: string }[],
  ): Promise<void>;
  remove(trx: Transaction<Database>, id: string): Promise<void>;
  search(db: Kysely<Database>, request: SearchRequest, v: Visibility): Promise<SearchFound>;
  /**
   * The first step of `search` on its own, for timing it apart: the newest visible matches of
   * every word of the request (`all`) or of any (`some`, the fallback), before ranking.
   */
  candidates(
    db: Kysely<Database>,
    request: SearchRequest,
    v: Visibility,
    mode: 'all' | 'some',
  ): Promise<SearchCandidate[]>;
  /** The excerpts of a page of hits, on engines that make their own (PostgreSQL's ts_headline). */
  headlines?(
    db: Kysely<Database>,
    request: SearchRequest,
    mode: 'all' | 'some',
    ids: string[],
  ): Promise<ReadonlyMap<string, string>>;
}

/** An engine's answer: one page of ids, ranked, and what the results page says about them. */
export interface SearchFound {
  ids: string[];
  totalHits: number;
  capped: boolean;
  partial: boolean;
  headlines?: ReadonlyMap<string, string>;
}
