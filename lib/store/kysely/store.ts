import type { Kysely } from 'kysely';
import type { Article, Author, Page, Section } from '../../content/types';
import type { Engine } from '../migrations';
import type {
  ArticleList,
  DeskListPage,
  DeskListRequest,
  ListKind,
  PageRequest,
  Paginated,
  SearchPage,
  SearchRequest,
  SitemapChunk,
  SitemapEntry,
  SitemapMonth,
  TagCount,
  Visibility,
} from '../port';
import type { Database } from '../schema';
import type { SearchEngine } from '../search-port';
import { searchableTerms } from '../search-text';
import type {
  ArticleHolder,
  ArticleReferrer,
  FileStamp,
  IngestState,
  StoreWriter,
  WritableStore,
} from '../writer-port';
import { deskList } from './desk-list';
import * as ingestReads from './ingest-reads';
import * as listings from './listings';
import { settleAfterBulkLoad } from './maintenance';
import * as records from './records';
import { storedImageBytes } from './images';
import { redirectFor } from './redirects';
import { related } from './related';
import * as sitemaps from './sitemaps';
import * as tags from './tags';
import { KyselyStoreWriter } from './writer';

/** What an engine's connection does that Kysely does not reach. */
export interface StoreHooks {
  /** Closes the store (default: the Kysely instance destroyed). */
  close?: () => Promise<void>;
  /**
   * After a bulk ingest: the file's free pages given back to the file system (SQLite's
   * `pragma incremental_vacuum`, which frees one page per step: run through Kysely, a single
   * step, it frees one).
   */
  releaseFreePages?: () => void;
}

/**
 * The store on Kysely, written once for both engines: the read port (../port.ts) and the ingest's
 * (../writer-port.ts), each method answered by the module that holds that job's queries; an
 * engine's full-text search comes in as a SearchEngine (../search-port.ts).
 */
export class KyselyContentStore implements WritableStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly engine: Engine,
    readonly searchEngine: SearchEngine,
    private readonly hooks: StoreHooks = {},
  ) {}

  // ---- Reading (every route) ----

  articleById(id: string, v: Visibility): Promise<Article | undefined> {
    return listings.articleById(this.db, id, v);
  }

  latest(v: Visibility, limit: number, offset = 0): Promise<Article[]> {
    return listings.latest(this.db, v, limit, offset);
  }

  latestSince(v: Visibility, since: Date, limit: number): Promise<Article[]> {
    return listings.latestSince(this.db, v, since, limit);
  }

  list(
    list: ArticleList,
    v: Visibility,
    page: PageRequest,
  ): Promise<Paginated<Article> | undefined> {
    return listings.list(this.db, list, v, page);
  }

  countLive(v: Visibility): Promise<number> {
    return listings.countLive(this.db, v);
  }

  issuedIds(v: Visibility, limit: number): Promise<string[]> {
    return listings.issuedIds(this.db, v, limit);
  }

  related(article: Article, v: Visibility, limit: number): Promise<Article[]> {
    return related(this.db, article, v, limit);
  }

  tags(v: Visibility): Promise<TagCount[]> {
    return tags.tags(this.db, v);
  }

  tag(slug: string, v: Visibility): Promise<TagCount | undefined> {
    return tags.tag(this.db, slug, v);
  }

  listLastmods(kind: ListKind, v: Visibility): Promise<Map<string, Date>> {
    return sitemaps.listLastmods(this.db, kind, v);
  }

  sitemapMonths(v: Visibility): Promise<SitemapMonth[]> {
    return sitemaps.sitemapMonths(this.db, v);
  }

  sitemapMonth(
    v: Visibility,
    month: string,
    limit: number,
    offset: number,
  ): Promise<SitemapEntry[]> {
    return sitemaps.sitemapMonth(this.db, v, month, limit, offset);
  }

  sitemapChunk(v: Visibility, size: number, cursor?: string): Promise<SitemapChunk> {
    return sitemaps.sitemapChunk(this.db, v, size, cursor);
  }

  sections(): Promise<Section[]> {
    return records.sections(this.db);
  }

  section(id: string): Promise<Section | undefined> {
    return records.section(this.db, id);
  }

  authors(): Promise<Author[]> {
    return records.authors(this.db);
  }

  author(id: string): Promise<Author | undefined> {
    return records.author(this.db, id);
  }

  redirectFor(path: string): Promise<string | undefined> {
    return redirectFor(this.db, path);
  }

  storedImage(path: string): Promise<Uint8Array | undefined> {
    return storedImageBytes(this.db, path);
  }

  authorsOf(ids: string[]): Promise<Author[]> {
    return records.authorsOf(this.db, ids);
  }

  pages(): Promise<Page[]> {
    return records.pages(this.db);
  }

  page(slug: string): Promise<Page | undefined> {
    return records.page(this.db, slug);
  }

  async search(request: SearchRequest, v: Visibility): Promise<SearchPage> {
    // Only letters and digits reach an engine's query syntax (search-text.ts).
    const terms = searchableTerms(request.terms);
    if (!terms.length) return { articles: [], totalHits: 0, capped: false, partial: false };
    const found = await this.searchEngine.search(this.db, { ...request, terms }, v);
    const counts = { totalHits: found.totalHits, capped: found.capped, partial: found.partial };
    if (!found.ids.length) return { articles: [], ...counts };
    const articles = await records.articlesByIds(this.db, found.ids);
    // Hits come from every word, or (partial) from any of them: the excerpts mark the same.
    const mode = found.partial ? 'some' : 'all';
    const headlines = await this.searchEngine.headlines?.(
      this.db,
      { ...request, terms },
      mode,
      articles,
    );
    return { articles, ...counts, ...(headlines && { headlines }) };
  }

  deskList(request: DeskListRequest): Promise<DeskListPage> {
    return deskList(this.db, this.searchEngine, request);
  }

  async close(): Promise<void> {
    await (this.hooks.close ? this.hooks.close() : this.db.destroy());
  }

  // ---- The ingest ----

  ingestState(paths?: string[]): Promise<IngestState> {
    return ingestReads.ingestState(this.db, paths);
  }

  fileStamps(): Promise<Map<string, FileStamp>> {
    return ingestReads.fileStamps(this.db);
  }

  fileCount(): Promise<number> {
    return ingestReads.fileCount(this.db);
  }

  articleHolders(ids: string[], slugs: string[]): Promise<ArticleHolder[]> {
    return ingestReads.articleHolders(this.db, ids, slugs);
  }

  referrersOf(ids: readonly string[]): Promise<ArticleReferrer[]> {
    return ingestReads.referrersOf(this.db, ids);
  }

  async settleAfterBulkLoad(written: number): Promise<void> {
    await settleAfterBulkLoad(this.db, this.engine, written);
    this.hooks.releaseFreePages?.();
  }

  /** Runs `work` in one transaction: readers see the store before or after, never half-way. */
  write<T>(work: (w: StoreWriter) => Promise<T>): Promise<T> {
    return this.db
      .transaction()
      .execute((trx) => work(new KyselyStoreWriter(trx, this.searchEngine, this.engine)));
  }
}
