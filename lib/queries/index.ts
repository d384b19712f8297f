import { readyStore, resetReadyStores } from '../ingest/ready';
import { END_OF_TIME, now } from '../now';
import { siteConfig } from '../site-config';
import { slugify } from '../slug';
import { closeStores } from '../store';
import { localPublicImage } from '../store/public-images';
import type {
  ArticleList,
  ListKind,
  SitemapChunk,
  SitemapEntry,
  SitemapMonth,
  TagCount,
  Visibility,
} from '../store/port';
import { articlePath } from '../urls';
import type { Article, Author, Page, Section, Tag } from '../content/types';
import type { Paginated } from '../pagination';

export type { Article, ArticleImage, Author, Page, Section, Tag } from '../content/types';
export type { Paginated } from '../pagination';

/**
 * The only way routes reach content: indexed queries on the content store (lib/store), brought
 * up to date by the ingest once per process (lib/ingest/ready.ts), filtered by what may be shown
 * at this moment (no drafts in production, nothing scheduled for later, nothing withdrawn in
 * lists). Layers (docs/layers.md): above content, search, store and ingest; below the
 * publishing, SEO and rendering code that reads through it.
 */

/** Close the store and forget it (tests that switch WARTA_CONTENT_DIR). */
export async function resetCorpusCache(): Promise<void> {
  resetReadyStores();
  await closeStores();
}

function visibility(): Visibility {
  return { now: now(), includeDrafts: process.env.NODE_ENV === 'development' };
}

/** Split an in-memory list into pages (listing pages of search results and tests). */
export function paginate<T>(
  items: T[],
  page: number,
  perPage = siteConfig.articlesPerPage,
): Paginated<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    totalItems: items.length,
  };
}

export type ArticleLookup =
  { state: 'live'; article: Article } | { state: 'withdrawn'; article: Article };

/** An article by its stable id: live, withdrawn (410 with its reason), or undefined (404). */
export async function findArticle(id: string): Promise<ArticleLookup | undefined> {
  const article = await (await readyStore()).articleById(id, visibility());
  if (!article) return undefined;
  return article.withdrawn ? { state: 'withdrawn', article } : { state: 'live', article };
}

export type ArticleUrl =
  | { kind: 'live'; article: Article }
  | { kind: 'redirect'; location: string }
  | { kind: 'withdrawn'; article: Article }
  | { kind: 'unknown' };

/**
 * What an article URL is (lib/render/pages/article.tsx answers with it): the live article, a 308 to its
 * canonical URL (no slug, an old or a wrong one), a withdrawn article (410), or unknown (404).
 */
export async function resolveArticleUrl(id: string, slug?: string): Promise<ArticleUrl> {
  const found = /^[a-z0-9-]+$/.test(id) ? await findArticle(id) : undefined;
  return articleUrlOf(found?.article, slug);
}

/**
 * What the URL with `slug` of an article found by its id is: a slug is only the readable part,
 * so any other (an old one after a change of headline and slug) answers 308 to the canonical URL.
 */
export function articleUrlOf(article: Article | undefined, slug?: string): ArticleUrl {
  if (!article) return { kind: 'unknown' };
  if (slug !== article.slug) return { kind: 'redirect', location: articlePath(article) };
  return article.withdrawn ? { kind: 'withdrawn', article } : { kind: 'live', article };
}

/**
 * Any stored article by id, whatever its status or publication time: for the signed draft
 * preview only (lib/render/pages/preview.tsx), never for a public page.
 */
export async function getArticleForPreview(id: string): Promise<Article | undefined> {
  return (await readyStore()).articleById(id, { now: END_OF_TIME, includeDrafts: true });
}

/** A live article by id, or undefined. */
export async function getArticle(id: string): Promise<Article | undefined> {
  const found = await findArticle(id);
  return found?.state === 'live' ? found.article : undefined;
}

const PRERENDERED_ARTICLES = 50;

/**
 * How many of the newest articles the build prerenders (WARTA_PRERENDER_ARTICLES): by default
 * the stories the front page and the sections' first pages show, so that a deployment's build
 * does not grow with the archive (decision 0016); the rest render on first request.
 */
export function prerenderCount(): number {
  const value = Number(process.env.WARTA_PRERENDER_ARTICLES);
  return Number.isInteger(value) && value >= 0 ? value : PRERENDERED_ARTICLES;
}

/** The newest issued articles (live or withdrawn), at most `limit`, for static generation. */
export async function listArticleIds(limit = prerenderCount()): Promise<string[]> {
  return (await readyStore()).issuedIds(visibility(), limit);
}

export async function listLatestArticles(
  limit = siteConfig.articlesPerPage,
  offset = 0,
): Promise<Article[]> {
  return (await readyStore()).latest(visibility(), limit, offset);
}

/** Live articles published after `since`, newest first, at most `limit` (news sitemap). */
export async function listLatestSince(since: Date, limit: number): Promise<Article[]> {
  return (await readyStore()).latestSince(visibility(), since, limit);
}

/** Months of publication with live articles, oldest first (the sitemap index). */
export async function listSitemapMonths(): Promise<SitemapMonth[]> {
  return (await readyStore()).sitemapMonths(visibility());
}

/** Live articles of one month, oldest first (one article sitemap). */
export async function listSitemapMonth(
  month: string,
  limit: number,
  offset: number,
): Promise<SitemapEntry[]> {
  return (await readyStore()).sitemapMonth(visibility(), month, limit, offset);
}

/** The newest change per section, tag or author listing, or of everything (key ""). */
export async function listListingLastmods(kind: ListKind | 'all'): Promise<Map<string, Date>> {
  const store = await readyStore();
  if (kind !== 'all') return store.listLastmods(kind, visibility());
  const months = await store.sitemapMonths(visibility());
  const newest = months.reduce<Date | undefined>(
    (a, m) => (!a || m.lastmod > a ? m.lastmod : a),
    undefined,
  );
  return new Map(newest ? [['', newest]] : []);
}

/** One chunk of live articles for sitemaps, newest first, resumed by `cursor`. */
export async function listSitemapChunk(size: number, cursor?: string): Promise<SitemapChunk> {
  return (await readyStore()).sitemapChunk(visibility(), size, cursor);
}

export async function countLiveArticles(): Promise<number> {
  return (await readyStore()).countLive(visibility());
}

async function listPage(list: ArticleList, page: number) {
  return (await readyStore()).list(list, visibility(), {
    page,
    perPage: siteConfig.articlesPerPage,
  });
}

/** The newest live articles of one section (section feeds). */
export async function listLatestInSection(sectionId: string, limit: number): Promise<Article[]> {
  const page = await (
    await readyStore()
  ).list({ kind: 'section', sectionId }, visibility(), { page: 1, perPage: limit });
  return page?.items ?? [];
}

export async function listArticlesBySection(sectionId: string, page = 1) {
  return listPage({ kind: 'section', sectionId }, page);
}

export async function listArticlesByTag(tagSlug: string, page = 1) {
  return listPage({ kind: 'tag', tagSlug }, page);
}

export async function listArticlesByAuthor(authorId: string, page = 1) {
  return listPage({ kind: 'author', authorId }, page);
}

/** Named related articles first, then those sharing tags, then the same section; never itself. */
export async function listRelatedArticles(article: Article, limit = 4): Promise<Article[]> {
  return (await readyStore()).related(article, visibility(), limit);
}

export async function listSections(): Promise<Section[]> {
  return (await readyStore()).sections();
}

export async function getSection(id: string): Promise<Section | undefined> {
  return (await readyStore()).section(id);
}

export async function listAuthors(): Promise<Author[]> {
  return (await readyStore()).authors();
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  return (await readyStore()).author(id);
}

/** Tags in use by live articles, most used first. */
export async function listTags(): Promise<TagCount[]> {
  return (await readyStore()).tags(visibility());
}

export async function getTag(slug: string): Promise<Tag | undefined> {
  const tag = await (await readyStore()).tag(slugify(slug), visibility());
  return tag && { name: tag.name, slug: tag.slug };
}

export async function listPages(): Promise<Page[]> {
  return (await readyStore()).pages();
}

export async function getPage(slug: string): Promise<Page | undefined> {
  return (await readyStore()).page(slug);
}

/**
 * Where an old address (an imported site's permalink, archive or feed, as it printed it) now
 * lives: a path of this site, or undefined.
 */
export async function findRedirect(oldPath: string): Promise<string | undefined> {
  const target = await (await readyStore()).redirectFor(oldPath);
  // Only a path of this site: never another host ("//x") or a scheme.
  return target && /^\/(?!\/)/.test(target) ? target : undefined;
}

/** Authors of an article, in byline order. */
export async function getArticleAuthors(article: Article): Promise<Author[]> {
  return (await readyStore()).authorsOf(article.authors);
}

/** One page of live articles matching the query words, ranked by the store's full-text index. */
export async function searchStore(
  terms: { word: string; roots: string[] }[],
  page: number,
  perPage: number,
) {
  return (await readyStore()).search({ terms, page: { page, perPage } }, visibility());
}

/**
 * The file of a public image ("/images/…") on this machine, an upload the desk kept in the store
 * written under public/ first when this instance lacks it (lib/store/public-images.ts).
 */
export async function publicImagePath(src: string, root?: string): Promise<string | undefined> {
  // The store is opened only for a desk image this machine lacks.
  return localPublicImage(src, async (path) => (await readyStore()).storedImage(path), root);
}
