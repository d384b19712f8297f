import type { Kysely, Transaction } from 'kysely';
import type { Article } from '../content/types';
import type { SearchRequest, Visibility } from './port';
import type { Database } from './schema';

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
}

/** An engine's answer: one page of ids, ranked, and what the results page says about them. */
export interface SearchFound {
  ids: string[];
  totalHits: number;
  capped: boolean;
  partial: boolean;
  headlines?: ReadonlyMap<string, string>;
}
