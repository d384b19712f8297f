import { now } from '../now';
import { siteConfig } from '../site-config';
import { slugify } from '../slug';
import { loadCorpus } from './load';
import type { Article, Author, Corpus, Page, Section, Tag } from './types';

export type { Article, ArticleImage, Author, Page, Section, Tag } from './types';
export { ContentValidationError, formatIssue, type ContentIssue } from './errors';

/**
 * The only way routes reach content. The corpus is read and validated once per process; every
 * getter then filters it by what may be shown at this moment (no drafts in production, nothing
 * scheduled for later, nothing withdrawn in lists).
 */

let corpusPromise: Promise<Corpus> | undefined;

export function getCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus();
  return corpusPromise;
}

/** Drop the cached corpus (tests that switch WARTA_CONTENT_DIR). */
export function resetCorpusCache(): void {
  corpusPromise = undefined;
}

export interface Paginated<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

function showDrafts(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** Published (or a draft in dev), and its time has come. Withdrawn articles are still "issued". */
function isIssued(article: Article, at: Date): boolean {
  if (article.status === 'draft' && !showDrafts()) return false;
  return article.publishedAt.getTime() <= at.getTime();
}

function isListed(article: Article, at: Date): boolean {
  return isIssued(article, at) && !article.withdrawn;
}

function newestFirst(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}

async function listedArticles(): Promise<Article[]> {
  const at = now();
  const { articles } = await getCorpus();
  return articles.filter((a) => isListed(a, at)).sort(newestFirst);
}

export function paginate<T>(items: T[], page: number, perPage = siteConfig.articlesPerPage): Paginated<T> | undefined {
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
  | { state: 'live'; article: Article }
  | { state: 'withdrawn'; article: Article };

/** An article by its stable id: live, withdrawn (410 with its reason), or undefined (404). */
export async function findArticle(id: string): Promise<ArticleLookup | undefined> {
  const { articles } = await getCorpus();
  const article = articles.find((a) => a.id === id);
  if (!article || !isIssued(article, now())) return undefined;
  return article.withdrawn ? { state: 'withdrawn', article } : { state: 'live', article };
}

/** A live article by id, or undefined. */
export async function getArticle(id: string): Promise<Article | undefined> {
  const found = await findArticle(id);
  return found?.state === 'live' ? found.article : undefined;
}

/** Every issued article (live or withdrawn), for static generation of article routes. */
export async function listArticleIds(): Promise<string[]> {
  const at = now();
  const { articles } = await getCorpus();
  return articles.filter((a) => isIssued(a, at)).map((a) => a.id);
}

export async function listLatestArticles(limit?: number): Promise<Article[]> {
  const all = await listedArticles();
  return limit === undefined ? all : all.slice(0, limit);
}

/** Every live article, newest first (sitemaps, feeds, search index). */
export async function listAllArticles(): Promise<Article[]> {
  return listedArticles();
}

export async function listArticlesBySection(sectionId: string, page = 1) {
  return paginate((await listedArticles()).filter((a) => a.section === sectionId), page);
}

export async function listArticlesByTag(tagSlug: string, page = 1) {
  return paginate((await listedArticles()).filter((a) => a.tags.some((t) => t.slug === tagSlug)), page);
}

export async function listArticlesByAuthor(authorId: string, page = 1) {
  return paginate((await listedArticles()).filter((a) => a.authors.includes(authorId)), page);
}

/** Named related articles first, then those sharing tags, then the same section; never itself. */
export async function listRelatedArticles(article: Article, limit = 4): Promise<Article[]> {
  const listed = (await listedArticles()).filter((a) => a.id !== article.id);
  const tagSlugs = new Set(article.tags.map((t) => t.slug));
  const score = (a: Article) =>
    (article.related.includes(a.id) ? 100 : 0) +
    a.tags.filter((t) => tagSlugs.has(t.slug)).length * 10 +
    (a.section === article.section ? 1 : 0);
  return listed
    .map((a) => ({ a, s: score(a) }))
    .filter(({ s }) => s > 0)
    .sort((x, y) => y.s - x.s || newestFirst(x.a, y.a))
    .slice(0, limit)
    .map(({ a }) => a);
}

export async function listSections(): Promise<Section[]> {
  return (await getCorpus()).sections;
}

export async function getSection(id: string): Promise<Section | undefined> {
  return (await getCorpus()).sections.find((s) => s.id === id);
}

export async function listAuthors(): Promise<Author[]> {
  return (await getCorpus()).authors;
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  return (await getCorpus()).authors.find((a) => a.id === id);
}

/** Tags in use by live articles, most used first. */
export async function listTags(): Promise<(Tag & { count: number })[]> {
  const counts = new Map<string, Tag & { count: number }>();
  for (const article of await listedArticles()) {
    for (const tag of article.tags) {
      const entry = counts.get(tag.slug) ?? { ...tag, count: 0 };
      entry.count += 1;
      counts.set(tag.slug, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

export async function getTag(slug: string): Promise<Tag | undefined> {
  const normalised = slugify(slug);
  return (await listTags()).find((t) => t.slug === normalised);
}

export async function listPages(): Promise<Page[]> {
  return (await getCorpus()).pages;
}

export async function getPage(slug: string): Promise<Page | undefined> {
  return (await getCorpus()).pages.find((p) => p.slug === slug);
}

/** Authors of an article, in byline order. */
export async function getArticleAuthors(article: Article): Promise<Author[]> {
  const { authors } = await getCorpus();
  return article.authors.flatMap((id) => authors.find((a) => a.id === id) ?? []);
}
