import { stringify } from 'yaml';
import type { z } from 'zod';
import { readArticleText } from '../content/article-draft';
import { checkBody } from '../content/body-check';
import { parseDocument } from '../content/document';
import type { ContentIssue } from '../content/errors';
import type { articleFrontmatterSchema } from '../content/schema';
import type { Article } from '../content/types';
import { toIsoWib } from '../dates';
import { slugify } from '../slug';
import { strings } from '../strings';

/**
 * The article form of the desk, checked against the one schema of an article
 * (lib/content/schema.ts): one control for every field the schema has (the type below fails to
 * compile when the schema gains a field the form lacks, and article-form.test.ts compares the
 * controls' kinds and parts with the schema's), what a form sends turned into the Markdown file
 * the ingest reads, and the problems content:check would report placed beside their fields.
 */

/** Every field of an article's frontmatter, as the schema names it. */
export type ArticleField = keyof z.input<typeof articleFrontmatterSchema>;

export type Control =
  /** Shown, not edited: the desk gives a new article its id. */
  | { kind: 'fixed' }
  | { kind: 'text'; hint?: string }
  | { kind: 'textarea'; rows: number }
  /** One of the store's sections. */
  | { kind: 'section' }
  /** The store's authors, ticked. */
  | { kind: 'authors' }
  /** A list of words or ids: one a line, or separated by commas. */
  | { kind: 'list'; hint: string }
  /** A list of objects: one a line, its parts separated by "|". */
  | { kind: 'rows'; parts: readonly string[]; hint: string }
  /** An instant with its zone ("2024-12-23T10:15:00+07:00"). */
  | { kind: 'instant'; hint: string }
  /** An object: one input for each part. */
  | { kind: 'group'; parts: readonly string[] }
  | { kind: 'checkbox' }
  /** Set by the button pressed (Simpan, Ajukan: draft; Terbitkan: published). */
  | { kind: 'workflow' };

const f = strings.desk.article;

/** The controls in the order the form shows them (the body, `Isi`, comes after `section`). */
export const ARTICLE_FIELDS: Record<ArticleField, Control> = {
  title: { kind: 'text' },
  summary: { kind: 'textarea', rows: 3 },
  section: { kind: 'section' },
  authors: { kind: 'authors' },
  tags: { kind: 'list', hint: f.hints.list },
  dateline: { kind: 'text', hint: f.hints.dateline },
  image: { kind: 'group', parts: ['src', 'alt', 'caption', 'credit'] },
  publishedAt: { kind: 'instant', hint: f.hints.publishedAt },
  updatedAt: { kind: 'instant', hint: f.hints.updatedAt },
  sources: { kind: 'rows', parts: ['name', 'url'], hint: f.hints.sources },
  related: { kind: 'list', hint: f.hints.related },
  verified: { kind: 'checkbox' },
  slug: { kind: 'text', hint: f.hints.slug },
  id: { kind: 'fixed' },
  status: { kind: 'workflow' },
  corrections: { kind: 'rows', parts: ['date', 'text'], hint: f.hints.corrections },
  withdrawn: { kind: 'group', parts: ['date', 'reason'] },
};

export const FIELD_ORDER = Object.keys(ARTICLE_FIELDS) as ArticleField[];

/** The body's form name (not a frontmatter field: the Markdown after it). */
export const BODY = 'body';

/** The form's values by name: a field's, `image.alt` for a part of a group, `body`. */
export type FormValues = Record<string, string>;

/** The names a form sends and a draft keeps (the status is the button's, not a value). */
export const VALUE_NAMES: readonly string[] = [
  ...FIELD_ORDER.flatMap((name) => {
    const control = ARTICLE_FIELDS[name];
    if (control.kind === 'workflow') return [];
    if (control.kind === 'group') return control.parts.map((part) => `${name}.${part}`);
    return [name];
  }),
  BODY,
];

/**
 * The inputs of the editor's workflow steps, beside the article's fields (not kept in a draft):
 * the WIB date and time to schedule it at (`jadwal`, as a datetime-local input sends it), a new
 * correction's text (`ralatBaru`), the public reason of a withdrawal (`alasan`).
 */
export const STEP_INPUTS = ['jadwal', 'ralatBaru', 'alasan'] as const;
export type StepInputs = Partial<Record<(typeof STEP_INPUTS)[number], string>>;

/** Checkboxes of the authors control are named `authors.<id>`. */
export const AUTHOR_PREFIX = 'authors.';

/**
 * The lists offered with suggestions: beside each, one more input (`tags.tambah`,
 * `related.tambah`) whose value is added to the list when the form is sent.
 */
export const SUGGESTED_LISTS = ['tags', 'related'] as const;
export const addedName = (name: string) => `${name}.tambah`;

const lines = (text: string) => text.replace(/\r\n?/g, '\n');

/** The values a posted form carries (the rest is ignored). */
export function valuesFromForm(form: ReadonlyMap<string, string>, id: string): FormValues {
  const values: FormValues = {};
  for (const name of VALUE_NAMES) values[name] = lines(form.get(name) ?? '');
  for (const name of SUGGESTED_LISTS) {
    const added = form.get(addedName(name))?.trim();
    if (added) values[name] = values[name] ? `${values[name].trimEnd()}\n${added}` : added;
  }
  values.id = id;
  values.authors = [...form.keys()]
    .filter((key) => key.startsWith(AUTHOR_PREFIX) && form.get(key) === '1')
    .map((key) => key.slice(AUTHOR_PREFIX.length))
    .join('\n');
  values.verified = form.get('verified') === '1' ? 'true' : 'false';
  return values;
}

/** A new article's form: its id, verified ticked, everything else empty. */
export function emptyValues(id: string): FormValues {
  const values: FormValues = Object.fromEntries(VALUE_NAMES.map((name) => [name, '']));
  return { ...values, id, verified: 'true' };
}

/** A stored article's values, to edit it. */
export function valuesFromArticle(article: Article): FormValues {
  const instant = (date: Date | undefined) => (date ? toIsoWib(date) : '');
  return {
    ...emptyValues(article.id),
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    section: article.section,
    authors: article.authors.join('\n'),
    tags: article.tags.map((tag) => tag.name).join('\n'),
    dateline: article.dateline,
    'image.src': article.image.src,
    'image.alt': article.image.alt,
    'image.caption': article.image.caption ?? '',
    'image.credit': article.image.credit,
    publishedAt: instant(article.publishedAt),
    updatedAt: instant(article.updatedAt),
    sources: article.sources.map((s) => (s.url ? `${s.name} | ${s.url}` : s.name)).join('\n'),
    related: article.related.join('\n'),
    verified: article.verified ? 'true' : 'false',
    corrections: article.corrections.map((c) => `${instant(c.date)} | ${c.text}`).join('\n'),
    'withdrawn.date': instant(article.withdrawn?.date),
    'withdrawn.reason': article.withdrawn?.reason ?? '',
    body: article.body.replace(/^\n+/, ''),
  };
}

const given = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** One a line, or separated by commas. */
const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** One object a line, its parts separated by "|" (the last part takes the rest of the line). */
function rowsOf(value: string | undefined, parts: readonly string[]) {
  return (value ?? '')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.split('|');
      const head = cells.slice(0, parts.length - 1);
      const rest = cells.slice(parts.length - 1).join('|');
      const row: Record<string, string> = {};
      [...head, rest].forEach((cell, i) => {
        const text = cell.trim();
        if (text && parts[i]) row[parts[i]] = text;
      });
      return row;
    });
}

function groupOf(values: FormValues, name: string, parts: readonly string[]) {
  const group: Record<string, string> = {};
  for (const part of parts) {
    const value = given(values[`${name}.${part}`]);
    if (value) group[part] = value;
  }
  return Object.keys(group).length ? group : undefined;
}

/** A slug from the headline, within the schema's 120 characters. */
export function slugFromTitle(title: string): string {
  return slugify(title).slice(0, 120).replace(/-+$/, '');
}

/**
 * The frontmatter a file would hold, from the form's values: empty fields left out (the schema
 * says what is missing), the slug made from the headline when empty, and the publication time
 * `now` when empty.
 */
export function frontmatterOf(
  values: FormValues,
  status: 'draft' | 'published',
  now: Date,
): Record<string, unknown> {
  const front: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    if (value !== undefined) front[name] = value;
  };
  for (const name of FIELD_ORDER) {
    const control = ARTICLE_FIELDS[name];
    const value = values[name];
    switch (control.kind) {
      case 'workflow':
        put(name, status);
        break;
      case 'checkbox':
        put(name, value === 'false' ? false : undefined);
        break;
      case 'authors':
        put(name, listOf(value).length ? listOf(value) : undefined);
        break;
      case 'list':
        put(name, listOf(value).length ? listOf(value) : undefined);
        break;
      case 'rows': {
        const rows = rowsOf(value, control.parts);
        put(name, rows.length ? rows : undefined);
        break;
      }
      case 'group':
        put(name, groupOf(values, name, control.parts));
        break;
      case 'instant':
        put(name, given(value) ?? (name === 'publishedAt' ? toIsoWib(now) : undefined));
        break;
      default:
        put(
          name,
          given(value) ?? (name === 'slug' ? given(slugFromTitle(values.title ?? '')) : undefined),
        );
    }
  }
  return front;
}

/** The Markdown file of an article: the frontmatter as YAML, a blank line, the body. */
export function markdownOf(front: Record<string, unknown>, body: string): string {
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${lines(body).replace(/^\n+/, '').trimEnd()}\n`;
}

/** How many file lines come before the body: the opening "---", the YAML, "---", a blank line. */
function bodyOffset(text: string): number {
  const close = text.indexOf('\n---\n', 3);
  return text.slice(0, close).split('\n').length + 2;
}

/** Problems of the file `text` with a body's line counted in the textarea, not the file. */
export function inFormLines(issues: readonly ContentIssue[], text: string): ContentIssue[] {
  const offset = bodyOffset(text);
  return issues.map((issue) =>
    issue.field === strings.content.bodyField && issue.line
      ? { ...issue, line: Math.max(1, issue.line - offset) }
      : issue,
  );
}

export interface CheckedForm {
  /** The Markdown file the ingest is given. */
  text: string;
  /** What content:check says about it: the schema's problems, then the body's. */
  issues: ContentIssue[];
}

/**
 * The form's values as a file, checked as content:check checks one (schema and body; what it
 * refers to in the store, the ingest checks on publication). Body lines are the textarea's.
 */
export function checkForm(
  values: FormValues,
  status: 'draft' | 'published',
  now: Date,
  file: string,
): CheckedForm {
  const text = markdownOf(frontmatterOf(values, status, now), values[BODY] ?? '');
  const issues: ContentIssue[] = [];
  // The body is checked even when the frontmatter is not (content:check would skip the file).
  const body = readArticleText(file, text, issues)?.check ?? checkBody(parseDocument(text).body);
  for (const problem of body.problems) {
    issues.push({
      file,
      field: strings.content.bodyField,
      line: problem.line,
      message: problem.message,
    });
  }
  return { text, issues: inFormLines(issues, text) };
}

/** Where a problem is shown: the form name of its field, or '' for the form as a whole. */
export function placeOf(field: string): string {
  if (field === strings.content.bodyField) return BODY;
  if ((STEP_INPUTS as readonly string[]).includes(field)) return field;
  const [top = '', second] = field.split('.');
  const name = top.replace(/\[\d+\]$/, '');
  if (!(name in ARTICLE_FIELDS)) return '';
  const control = ARTICLE_FIELDS[name as ArticleField];
  if (control.kind === 'group' && second) {
    const part = second.replace(/\[\d+\]$/, '');
    return control.parts.includes(part) ? `${name}.${part}` : name;
  }
  return name;
}

/** The problems by where they are shown, each in content:check's words. */
export function problemsByPlace(issues: readonly ContentIssue[]): Map<string, string[]> {
  const places = new Map<string, string[]>();
  for (const issue of issues) {
    const place = placeOf(issue.field);
    const where =
      place === BODY
        ? issue.line
          ? f.bodyLine(issue.line)
          : ''
        : place === issue.field
          ? ''
          : `${issue.field}: `;
    const list = places.get(place) ?? [];
    list.push(`${where}${issue.message}`);
    places.set(place, list);
  }
  return places;
}
