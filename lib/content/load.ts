import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../slug';
import { type ContentIssue, ContentValidationError, issuesFromZod } from './errors';

export { readArticleText, type ArticleDraft } from './article-draft';
import { strings } from '../strings';
import { keysOf, readArticleText, readMarkdownText, type ArticleDraft } from './article-draft';
import { clashes } from './claims';
import { checkBody } from './body-check';
import { READ_ALSO_DIRECTIVE } from './body-directives';
import { contentRoot, displayPath, publicImageFile } from './paths';
import {
  authorSchema,
  pageFrontmatterSchema,
  sectionsFileSchema,
  type ArticleFrontmatter,
} from './schema';
import type { Article, ArticleImage, Author, Corpus, Page, Section } from './types';

const messages = strings.content;

const WORDS_PER_MINUTE = 200;

/**
 * Reads and validates the whole corpus. Every problem in every file is collected; if there is
 * any, one ContentValidationError lists them all, one line each.
 */
export async function loadCorpus(root = contentRoot()): Promise<Corpus> {
  const issues: ContentIssue[] = [];
  const sections = await loadSections(root, issues);
  const authors = await loadAuthors(root, issues);
  const drafts = await loadArticleFiles(root, issues);
  const articles = await resolveArticles(drafts, { sections, authors }, issues);
  const pages = await loadPages(root, issues);
  if (issues.length) throw new ContentValidationError(issues);
  return { sections, authors, articles, pages };
}

async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(/* turbopackIgnore: true */ dir, name));
}

async function loadSections(root: string, issues: ContentIssue[]): Promise<Section[]> {
  const file = path.join(/* turbopackIgnore: true */ root, 'sections.yaml');
  const source = await readSource(file, issues);
  if (source === undefined) return [];
  return readSectionsText(file, source, issues) ?? [];
}

/** A file's text; undefined, with the problem in `issues`, when it cannot be read. */
async function readSource(file: string, issues: ContentIssue[]): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    issues.push({
      file: displayPath(file),
      field: messages.fileField,
      message: describeReadError(error),
    });
    return undefined;
  }
}

/** The sections file checked; undefined when it has problems (they go to `issues`). */
export function readSectionsText(
  file: string,
  source: string,
  issues: ContentIssue[],
): Section[] | undefined {
  const shown = displayPath(file);
  const parsed = readYamlText(shown, source, sectionsFileSchema, issues, () => [
    'id',
    'name',
    'description',
  ]);
  if (!parsed) return undefined;
  const before = issues.length;
  const seen = new Set<string>();
  parsed.sections.forEach((section, i) => {
    if (seen.has(section.id)) {
      issues.push({
        file: shown,
        field: `sections[${i}].id`,
        message: messages.duplicateSectionId(section.id),
      });
    }
    seen.add(section.id);
  });
  return issues.length > before ? undefined : parsed.sections;
}

/** A YAML file parsed and checked against its schema; undefined when it has problems. */
function readYamlText<T>(
  shown: string,
  source: string,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
  knownKeys: Parameters<typeof issuesFromZod>[2],
): T | undefined {
  let data: unknown;
  try {
    data = parseYaml(source, { uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    issues.push({ file: shown, field: messages.fileField, message: describeReadError(error) });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    issues.push(...issuesFromZod(shown, parsed.error, knownKeys));
    return undefined;
  }
  return parsed.data;
}

async function loadAuthors(root: string, issues: ContentIssue[]): Promise<Author[]> {
  const authors: Author[] = [];
  for (const file of await listFiles(path.join(/* turbopackIgnore: true */ root, 'authors'), [
    '.yaml',
    '.yml',
  ])) {
    const source = await readSource(file, issues);
    if (source === undefined) continue;
    const author = readAuthorText(file, source, issues);
    if (author) authors.push(author);
  }
  return authors;
}

/** One author file checked; its id must be its file name. */
export function readAuthorText(
  file: string,
  source: string,
  issues: ContentIssue[],
): Author | undefined {
  const shown = displayPath(file);
  const author = readYamlText(shown, source, authorSchema, issues, () => keysOf(authorSchema));
  if (!author) return undefined;
  const expectedId = path.basename(file).replace(/\.ya?ml$/, '');
  if (author.id !== expectedId) {
    issues.push({ file: shown, field: 'id', message: messages.idMustMatchFile(expectedId) });
    return undefined;
  }
  return author;
}

async function loadArticleFiles(root: string, issues: ContentIssue[]): Promise<ArticleDraft[]> {
  const drafts: ArticleDraft[] = [];
  for (const file of await listFiles(path.join(/* turbopackIgnore: true */ root, 'articles'), [
    '.md',
  ])) {
    const read = readArticleText(file, await readFile(file, 'utf8'), issues);
    if (read) drafts.push(read);
  }
  return drafts;
}

async function resolveArticles(
  drafts: ArticleDraft[],
  refs: { sections: Section[]; authors: Author[] },
  issues: ContentIssue[],
): Promise<Article[]> {
  const byId = new Map<string, ArticleDraft>();
  const bySlug = new Map<string, ArticleDraft>();
  const accepted: ArticleDraft[] = [];

  for (const draft of drafts) {
    const { id, slug } = draft.data;
    issues.push(
      ...clashes(draft.file, [
        { field: 'id', value: id, heldBy: byId.get(id)?.file },
        { field: 'slug', value: slug, heldBy: bySlug.get(slug)?.file },
      ]),
    );
    if (!byId.has(id)) byId.set(id, draft);
    if (!bySlug.has(slug)) bySlug.set(slug, draft);
    accepted.push(draft);
  }

  const sectionIds = new Set(refs.sections.map((s) => s.id));
  const authorIds = new Set(refs.authors.map((a) => a.id));
  const known: ArticleRefs = {
    hasSection: (id) => sectionIds.has(id),
    hasAuthor: (id) => authorIds.has(id),
    articleStatus: (id) => byId.get(id)?.data.status,
  };
  const articles: Article[] = [];
  for (const draft of accepted) {
    const article = await resolveArticle(draft, known, issues);
    if (article) articles.push(article);
  }
  return articles;
}

/** What an article may refer to: the store's view, or the whole corpus when checking it all. */
export interface ArticleRefs {
  hasSection(id: string): boolean;
  hasAuthor(id: string): boolean;
  /** Status of the article with that id, or undefined when there is none. */
  articleStatus(id: string): 'draft' | 'published' | undefined;
  /**
   * Writes an image the store keeps (an upload from the desk) under public/ when this machine
   * lacks its file, before the file is checked (lib/store/public-images.ts).
   */
  localImage?(src: string): Promise<unknown>;
}

/**
 * One article checked against what it refers to (section, authors, related and read-also
 * articles, image files). Problems go to `issues` and the article is not returned.
 */
export async function resolveArticle(
  draft: ArticleDraft,
  refs: ArticleRefs,
  issues: ContentIssue[],
): Promise<Article | undefined> {
  const before = issues.length;
  const { data, file } = draft;
  if (!refs.hasSection(data.section)) {
    issues.push({ file, field: 'section', message: messages.unknownSection(data.section) });
  }
  data.authors.forEach((author, i) => {
    if (!refs.hasAuthor(author)) {
      issues.push({ file, field: `authors[${i}]`, message: messages.unknownAuthor(author) });
    }
  });
  data.related.forEach((id, i) => {
    if (!refs.articleStatus(id))
      issues.push({ file, field: `related[${i}]`, message: messages.unknownArticle(id) });
  });
  const body = draft.check;
  for (const problem of body.problems) {
    issues.push({ file, field: messages.bodyField, line: problem.line, message: problem.message });
  }
  for (const ref of body.readAlso) {
    const status = refs.articleStatus(ref.id);
    const line = ref.line;
    if (!status) {
      issues.push({
        file,
        field: messages.bodyField,
        line,
        message: messages.readAlsoUnknown(READ_ALSO_DIRECTIVE, ref.id),
      });
    } else if (status === 'draft' && data.status === 'published') {
      issues.push({
        file,
        field: messages.bodyField,
        line,
        message: messages.readAlsoDraft(READ_ALSO_DIRECTIVE, ref.id),
      });
    }
  }
  if (refs.localImage) {
    for (const src of [data.image.src, ...body.images.map((i) => i.src)])
      await refs.localImage(src);
  }
  const image = await readImage(data.image, file, 'image', issues);
  const bodyImages: Article['bodyImages'] = {};
  for (const bodyImage of body.images) {
    const size = await imageSize(bodyImage.src, file, messages.bodyField, issues, bodyImage.line);
    if (size) bodyImages[bodyImage.src] = size;
  }
  if (issues.length > before || !image) return undefined;

  const { text } = draft;
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    ...data,
    file,
    image,
    tags: data.tags.map((name) => ({ name, slug: slugify(name) })),
    modifiedAt: data.updatedAt ?? data.publishedAt,
    body: draft.bodySource,
    bodyImages,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

async function readImage(
  image: ArticleFrontmatter['image'],
  file: string,
  field: string,
  issues: ContentIssue[],
): Promise<ArticleImage | undefined> {
  const size = await imageSize(image.src, file, `${field}.src`, issues);
  return size && { ...image, ...size };
}

const sizeCache = new Map<string, Promise<{ width: number; height: number } | undefined>>();

async function imageSize(
  src: string,
  file: string,
  field: string,
  issues: ContentIssue[],
  line?: number,
): Promise<{ width: number; height: number } | undefined> {
  const abs = publicImageFile(src);
  if (!abs) {
    issues.push({ file, field, line, message: messages.imageOutsidePublic(src) });
    return undefined;
  }
  if (!sizeCache.has(abs)) {
    sizeCache.set(
      abs,
      stat(abs)
        .then(() => sharp(abs).metadata())
        .then((meta) =>
          meta.width && meta.height ? { width: meta.width, height: meta.height } : undefined,
        )
        .catch(() => undefined),
    );
  }
  const size = await sizeCache.get(abs);
  if (!size) {
    // Not kept: the file may be there by the next check (an upload written from the store).
    sizeCache.delete(abs);
    issues.push({ file, field, line, message: messages.missingImage(displayPath(abs)) });
  }
  return size;
}

async function loadPages(root: string, issues: ContentIssue[]): Promise<Page[]> {
  const pages: Page[] = [];
  const seen = new Map<string, string>();
  for (const file of await listFiles(path.join(/* turbopackIgnore: true */ root, 'pages'), [
    '.md',
  ])) {
    const page = readPageText(file, await readFile(file, 'utf8'), issues);
    if (!page) continue;
    issues.push(
      ...clashes(page.file, [{ field: 'slug', value: page.slug, heldBy: seen.get(page.slug) }]),
    );
    seen.set(page.slug, page.file);
    pages.push(page);
  }
  return pages.sort((a, b) => a.order - b.order);
}

/** One standing page checked: frontmatter and body. */
export function readPageText(
  file: string,
  source: string,
  issues: ContentIssue[],
): Page | undefined {
  const read = readMarkdownText(file, source, pageFrontmatterSchema, issues, () =>
    keysOf(pageFrontmatterSchema),
  );
  if (!read) return undefined;
  const { file: shown, data, doc, bodySource } = read;
  const body = checkBody(doc.body);
  for (const problem of body.problems) {
    issues.push({
      file: shown,
      field: messages.bodyField,
      line: problem.line,
      message: problem.message,
    });
  }
  if (body.problems.length) return undefined;
  return { ...data, file: shown, body: bodySource };
}

export function describeReadError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') {
    return messages.missingFile;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return messages.unreadable(message ?? '');
}
