import type { Article, Author, Page, Section, Tag } from '../content/types';
import type { Paginated } from '../pagination';

/**
 * The content store: everything routes read, as indexed queries, behind one interface with an
 * adapter per engine (SQLite by default, PostgreSQL for many machines). Visibility is decided by
 * the caller's `Visibility` (lib/queries/index.ts), so adapters only filter and order.
 */

/** What may be shown: drafts only in development, nothing published after `now`. */
export interface Visibility {
  now: Date;
  includeDrafts: boolean;
}

export type { Paginated } from '../pagination';

export type TagCount = Tag & { count: number };

/** One page of a listing; `perPage` articles from page `page` (1-based). */
export interface PageRequest {
  page: number;
  perPage: number;
}

export type ArticleList =
  | { kind: 'section'; sectionId: string }
  | { kind: 'tag'; tagSlug: string }
  | { kind: 'author'; authorId: string }
  | { kind: 'all' };

/** What a sitemap needs of an article. */
export interface SitemapEntry {
  id: string;
  slug: string;
  publishedAt: Date;
  modifiedAt: Date;
  /** The lead image's path ("/images/…"). */
  image: string;
}

/** A month of publication ("2024-12", site time) with live articles, for the sitemap index. */
export interface SitemapMonth {
  month: string;
  count: number;
  /** The newest modifiedAt among its live articles (never after now). */
  lastmod: Date;
}

/** What a listing's sitemap entry needs: its newest change, per key. */
export type ListKind = 'section' | 'tag' | 'author';

export interface SitemapChunk {
  entries: SitemapEntry[];
  /** Pass back to get the next chunk; undefined after the last one. */
  next?: string;
}

export interface SearchRequest {
  /** Each query word with its candidate roots (lib/search/query.ts). */
  terms: { word: string; roots: string[] }[];
  page: PageRequest;
  /** How many of the newest matches are ranked (default SEARCH_CANDIDATES, lib/store/search-rank.ts). */
  candidates?: number;
}

export interface SearchPage {
  articles: Article[];
  /** Articles ranked: every match, or the newest SEARCH_CANDIDATES of them when `capped`. */
  totalHits: number;
  /** More articles match than were ranked (a common word in a large archive). */
  capped: boolean;
  /** No article holds every word; these hold some of them. */
  partial: boolean;
  /**
   * The engine's own excerpt of each hit's body where it makes one (PostgreSQL: ts_headline),
   * its matched words between HEADLINE_START and HEADLINE_STOP.
   */
  headlines?: ReadonlyMap<string, string>;
}

export { HEADLINE_START, HEADLINE_STOP } from '../search/highlight';

/** An article's status as the desk lists it: a draft in the store, scheduled, live or withdrawn. */
export const DESK_STATUSES = ['draft', 'scheduled', 'live', 'withdrawn'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** The desk's article list: every stored article whatever its status, narrowed by the filters. */
export interface DeskListRequest {
  /** The site's now: a published article after it is scheduled, at or before it live. */
  now: Date;
  status?: DeskStatus;
  section?: string;
  /** An author's id: articles with them in the byline, whatever the position. */
  author?: string;
  /** The search box's words, as the reader search takes them: the hits ranked as it ranks them. */
  terms?: SearchRequest['terms'];
  /** Only these articles (those of the desk's drafts that the store holds). */
  ids?: readonly string[];
  /** How many to skip, and how many to give (the desk puts its own drafts before them). */
  offset: number;
  limit: number;
}

export interface DeskListPage {
  /** Newest first (by relevance with a search), `limit` of them after `offset`. */
  articles: Article[];
  /** There are articles after these. */
  more: boolean;
}

export interface ContentStore {
  readonly engine: 'sqlite' | 'postgres';
  /** An issued article (live or withdrawn) by id; undefined if unknown, a hidden draft or scheduled. */
  articleById(id: string, v: Visibility): Promise<Article | undefined>;
  /** Live articles newest first (ties by id), `limit` of them after skipping `offset`. */
  latest(v: Visibility, limit: number, offset?: number): Promise<Article[]>;
  /** A page of a listing; undefined for a page past the end (page 1 always exists). */
  list(
    list: ArticleList,
    v: Visibility,
    page: PageRequest,
  ): Promise<Paginated<Article> | undefined>;
  /** Issued article ids (live or withdrawn), newest first, at most `limit`. */
  issuedIds(v: Visibility, limit: number): Promise<string[]>;
  /** Named related articles first, then shared tags, then the same section; never itself. */
  related(article: Article, v: Visibility, limit: number): Promise<Article[]>;
  /** Tags of live articles with their counts, most used first. */
  tags(v: Visibility): Promise<TagCount[]>;
  tag(slug: string, v: Visibility): Promise<TagCount | undefined>;
  sections(): Promise<Section[]>;
  section(id: string): Promise<Section | undefined>;
  authors(): Promise<Author[]>;
  author(id: string): Promise<Author | undefined>;
  authorsOf(ids: string[]): Promise<Author[]>;
  pages(): Promise<Page[]>;
  page(slug: string): Promise<Page | undefined>;
  /** Live articles for sitemaps, newest first, `size` per chunk, resumed by cursor. */
  sitemapChunk(v: Visibility, size: number, cursor?: string): Promise<SitemapChunk>;
  countLive(v: Visibility): Promise<number>;
  /** Months with live articles, oldest first, from the counts the ingest keeps. */
  sitemapMonths(v: Visibility): Promise<SitemapMonth[]>;
  /** Live articles of one month, oldest first, `limit` of them after skipping `offset`. */
  sitemapMonth(
    v: Visibility,
    month: string,
    limit: number,
    offset: number,
  ): Promise<SitemapEntry[]>;
  /** The newest modifiedAt of each section, tag or author listing (never after now). */
  listLastmods(kind: ListKind, v: Visibility): Promise<Map<string, Date>>;
  /** Live articles published after `since`, newest first, at most `limit`. */
  latestSince(v: Visibility, since: Date, limit: number): Promise<Article[]>;
  search(request: SearchRequest, v: Visibility): Promise<SearchPage>;
  /**
   * The newsroom desk's list: drafts, scheduled, live and withdrawn articles alike, filtered,
   * one page at a time, each filter read in order from an index (a search: the reader search's
   * newest matches, withdrawn articles excepted, narrowed by the filters).
   */
  deskList(request: DeskListRequest): Promise<DeskListPage>;
  /**
   * Where an old address (an imported site's "/2024/05/judul/" or "/?p=12") now lives, for a 308;
   * the path with or without its closing slash. Undefined when it is not a known old address.
   */
  redirectFor(path: string): Promise<string | undefined>;
  /**
   * The bytes of an image the store keeps under `path` (an image uploaded from the desk,
   * "/images/desk/…"), for an instance that lacks its file (./public-images.ts).
   */
  storedImage(path: string): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}
