import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { Article } from '../content/types';
import type { SearchRequest, Visibility } from './port';
import type { Database } from './schema';
import type { SearchCandidate } from './search-rank';

/**
 * How an engine indexes an article for search and answers a search (sqlite/, postgres/): the
 * port the Kysely store (./kysely/) plugs each engine's full-text search into.
 */
export interface SearchEngine {
  /**
   * Columns of the article's own row that index it (PostgreSQL's tsvector), written with the
   * row: written by an UPDATE after it, each row left a dead version behind and a second entry
   * in every index of the table (half of each index's pages empty after a bulk ingest).
   */
  articleColumns?(article: Article, sectionName: string): { search: RawBuilder<string> };
  /** Files an article whose row is written (engines that index apart from the row). */
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
  /**
   * The excerpts of a page of hits, on engines that make their own (PostgreSQL's ts_headline),
   * from the text of the records the store has read (the stored records are deflated).
   */
  headlines?(
    db: Kysely<Database>,
    request: SearchRequest,
    mode: 'all' | 'some',
    hits: readonly Pick<Article, 'id' | 'text'>[],
  ): Promise<ReadonlyMap<string, string>>;
}

/** An engine's answer: one page of ids, ranked, and what the results page says about them. */
export interface SearchFound {
  ids: string[];
  totalHits: number;
  capped: boolean;
  partial: boolean;
}
