import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { readArticleText } from '../content/article-draft';
import type { ContentIssue } from '../content/errors';
import { readAuthorText, readPageText, readSectionsText } from '../content/load';
import type { Article, Author, Page, Section } from '../content/types';
import { toIsoWib } from '../dates';
import { END_OF_TIME } from '../now';
import type { ContentStore } from '../store/port';
import type { WritableStore } from '../store/writer-port';
import { strings } from '../strings';
import { checkForm, FIELD_ORDER, markdownOf, valuesFromArticle } from './article-form';
import { fileOf } from './articles';

/**
 * `npm run desk -- export <folder>`: the content the store holds written as the Markdown folder,
 * so that a deployment whose store is the truth (the desk publishing to PostgreSQL, no watched
 * folder) can produce the folder for git. Each article is the file the desk writes when it
 * publishes (the editor's form of the stored article, turned into its file: article-form.ts),
 * under its file's name; the sections, authors and standing pages are written beside them. A
 * file is read back before it is written: one that would not give the stored record back (a
 * value the form cannot carry) is reported and not written. Files already identical are left
 * untouched; nothing is deleted.
 */

/** What the export reads: every article (the desk's list), sections, authors, pages and files. */
export type ExportSource = Pick<ContentStore, 'deskList' | 'sections' | 'authors' | 'pages'> &
  Pick<WritableStore, 'ingestState'>;

export interface ExportReport {
  articles: number;
  pages: number;
  authors: number;
  /** Files that were not there. */
  created: number;
  /** Files that differed, rewritten. */
  changed: number;
  /** Files already identical, left untouched. */
  unchanged: number;
  /** Files not written: read back, they would not give the stored record. */
  refused: ContentIssue[];
}

/** Articles read from the store at a time. */
const CHUNK = 500;

const content = strings.content;

/** A file to write: its path in the folder, its text, and what reading it back found. */
interface Produced {
  rel: string;
  text: string;
  issues: ContentIssue[];
}

/** A value as a file carries it: instants as text, absent parts left out. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/** A body as a file carries it: its first line after the blank one, no trailing blanks. */
const plainBody = (body: string) => body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();

function differs(rel: string, field: string, ours: unknown, back: unknown): ContentIssue[] {
  return isDeepStrictEqual(plain(ours), plain(back))
    ? []
    : [{ file: rel, field, message: strings.desk.cli.exportLoses }];
}

/** The article as the desk writes it, read back field by field against the stored record. */
function articleFile(article: Article, rel: string, now: Date): Produced {
  const { text, issues } = checkForm(valuesFromArticle(article), article.status, now, rel);
  if (issues.length) return { rel, text, issues };
  const back = readArticleText(rel, text, issues);
  if (!back) return { rel, text, issues };
  const stored: Record<string, unknown> = {
    ...article,
    tags: article.tags.map((tag) => tag.name),
    image: {
      src: article.image.src,
      alt: article.image.alt,
      caption: article.image.caption,
      credit: article.image.credit,
    },
  };
  const data = back.data as Record<string, unknown>;
  return {
    rel,
    text,
    issues: [
      ...FIELD_ORDER.flatMap((field) => differs(rel, field, stored[field], data[field])),
      ...differs(rel, content.bodyField, plainBody(article.body), plainBody(back.bodySource)),
    ],
  };
}

function pageFile(page: Page): Produced {
  const rel = `pages/${path.basename(page.file) || `${page.slug}.md`}`;
  const { slug, title, description, updatedAt, order, body } = page;
  const text = markdownOf(
    { slug, title, description, updatedAt: toIsoWib(updatedAt), order },
    body,
  );
  const issues: ContentIssue[] = [];
  const back = readPageText(rel, text, issues);
  const ours = { slug, title, description, updatedAt, order, body: plainBody(body) };
  const theirs = back && { ...back, file: undefined, body: plainBody(back.body) };
  return { rel, text, issues: back ? differs(rel, content.fileField, ours, theirs) : issues };
}

function sectionsFile(sections: readonly Section[]): Produced {
  const rel = 'sections.yaml';
  const text = stringify({ sections }, { lineWidth: 0 });
  const issues: ContentIssue[] = [];
  const back = readSectionsText(rel, text, issues);
  return { rel, text, issues: back ? differs(rel, content.fileField, sections, back) : issues };
}

function authorFile(author: Author, file: string | undefined): Produced {
  const rel = `authors/${file ? path.basename(file) : `${author.id}.yaml`}`;
  const text = stringify(author, { lineWidth: 0 });
  const issues: ContentIssue[] = [];
  const back = readAuthorText(rel, text, issues);
  return { rel, text, issues: back ? differs(rel, content.fileField, author, back) : issues };
}

/** Every article of the store, a chunk at a time, newest first. */
async function* storedArticles(source: ExportSource): AsyncGenerator<Article> {
  for (let offset = 0; ; offset += CHUNK) {
    const page = await source.deskList({ now: END_OF_TIME, offset, limit: CHUNK });
    yield* page.articles;
    if (!page.more) return;
  }
}

/** Written beside the target under a dot name (the ingest ignores dotfiles), then renamed. */
async function put(folder: string, file: Produced, report: ExportReport): Promise<void> {
  const target = path.join(/* turbopackIgnore: true */ folder, file.rel);
  const before = await readFile(target, 'utf8').catch(() => undefined);
  if (before === file.text) {
    report.unchanged += 1;
    return;
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(
    /* turbopackIgnore: true */ path.dirname(target),
    `.${path.basename(target)}.${process.pid}.tmp`,
  );
  await writeFile(temporary, file.text);
  await rename(temporary, target);
  if (before === undefined) report.created += 1;
  else report.changed += 1;
}

export async function exportFolder(
  source: ExportSource,
  folder: string,
  now: Date,
): Promise<ExportReport> {
  const report: ExportReport = {
    articles: 0,
    pages: 0,
    authors: 0,
    created: 0,
    changed: 0,
    unchanged: 0,
    refused: [],
  };
  const take = async (file: Produced) => {
    if (file.issues.length) report.refused.push(...file.issues);
    else await put(folder, file, report);
  };
  const [sections, authors, pages, state] = await Promise.all([
    source.sections(),
    source.authors(),
    source.pages(),
    source.ingestState([]),
  ]);
  if (sections.length) await take(sectionsFile(sections));
  const authorFiles = new Map(state.authors.map((a) => [a.id, a.file]));
  for (const author of authors) {
    await take(authorFile(author, authorFiles.get(author.id)));
    report.authors += 1;
  }
  for (const page of pages) {
    await take(pageFile(page));
    report.pages += 1;
  }
  const names = new Set<string>();
  for await (const article of storedArticles(source)) {
    // Two records naming one file (never from one folder): the second gets its id's name.
    let rel = fileOf(article.id, article);
    if (names.has(rel)) rel = fileOf(article.id, undefined);
    names.add(rel);
    await take(articleFile(article, rel, now));
    report.articles += 1;
  }
  return report;
}
