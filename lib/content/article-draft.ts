/**
 * Reading one Markdown content file: frontmatter checked against its schema, body parsed and
 * checked. Pure CPU work with no file or image access, so the ingest's parse workers
 * (lib/ingest/parse-worker.ts) run exactly this code.
 */
import type { z } from 'zod';
import { type ContentIssue, issuesFromZod } from './errors';
import { checkBody, type BodyCheck } from './body-check';
import { bodyText } from './body-text';
import { parseDocument, type ParsedDocument } from './document';
import { displayPath } from './paths';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema';
import { strings } from '../strings';

const messages = strings.content;

export function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function knownKeysFor(path: readonly PropertyKey[]): string[] {
  const top = path[0];
  if (path.length === 0) return keysOf(articleFrontmatterSchema);
  if (top === 'image') return ['src', 'alt', 'caption', 'credit'];
  if (top === 'sources') return ['name', 'url'];
  if (top === 'corrections') return ['date', 'text'];
  if (top === 'withdrawn') return ['date', 'reason'];
  return [];
}

export interface ArticleDraft {
  file: string;
  data: ArticleFrontmatter;
  /** The Markdown after the frontmatter, as written. */
  bodySource: string;
  /** What the body refers to and what is wrong in it (checkBody). */
  check: BodyCheck;
  /** The body as plain text (search, word count). */
  text: string;
}

/**
 * A Markdown file with YAML frontmatter, its frontmatter checked against the schema. Problems
 * are added to `issues` (file, line, field) and the file is skipped.
 */
export function readMarkdownText<T>(
  file: string,
  source: string,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
  knownKeys: Parameters<typeof issuesFromZod>[2],
): { file: string; data: T; doc: ParsedDocument; bodySource: string } | undefined {
  const shown = displayPath(file);
  const doc = parseDocument(source);
  for (const e of doc.yamlErrors) {
    issues.push({
      file: shown,
      field: messages.frontmatterField,
      line: e.line,
      message: messages.brokenYaml(e.message),
    });
  }
  if (doc.yamlErrors.length) return undefined;
  const parsed = schema.safeParse(doc.data);
  if (!parsed.success) {
    issues.push(...issuesFromZod(shown, parsed.error, knownKeys));
    return undefined;
  }
  return { file: shown, data: parsed.data, doc, bodySource: doc.bodySource };
}

/** An article file's frontmatter checked against the schema (references are checked later). */
export function readArticleText(
  file: string,
  source: string,
  issues: ContentIssue[],
): ArticleDraft | undefined {
  const read = readMarkdownText(file, source, articleFrontmatterSchema, issues, knownKeysFor);
  if (!read) return undefined;
  const { doc, ...rest } = read;
  return { ...rest, check: checkBody(doc.body), text: bodyText(doc.body) };
}
